package org.nrmtracker.query.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.policy.RecoveryPeriodPolicy;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.EventRetracted;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.query.calendar.BankHolidays;
import org.nrmtracker.query.calendar.WorkingDays;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecordEvent;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.Timelines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The backlog gauges read the corrected history (docs/api.md §2.1): corrected dates, retracted referrals left out. */
class CorrectedBacklogGaugesTest {

    private static final Clock APRIL_11 = Clock.fixed(Instant.parse("2024-04-11T12:00:00Z"), ZoneId.of("Europe/London"));

    @Test
    void anOpenReferralWaitsFromItsCorrectedDateAndARetractedOneIsNotCounted() {
        ReferralId corrected = new ReferralId(UUID.randomUUID());
        ReferralId retracted = new ReferralId(UUID.randomUUID());
        ReferralRecords store = store(
                // referred on 1 April as typed, on 28 March in fact: waiting 14 days on 11 April, not 10
                record(corrected, "2024-04-01", new EventCorrected(corrected, 0, made(corrected, "2024-03-28"),
                        CorrectionReason.DATA_ENTRY_ERROR)),
                record(retracted, "2024-01-02", new EventRetracted(retracted, 0, CorrectionReason.WRONG_REFERRAL)));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        // held here as the application context holds it: a gauge keeps only a weak reference to what it reads
        ReferralBacklogMetrics metrics = new ReferralBacklogMetrics(store, new Timelines(
                new WorkingDays(BankHolidays.shipped()), RecoveryPeriodPolicy.standard()), APRIL_11, registry);

        assertThat(registry.get("nrm.referrals.awaiting").tag("stage", "REASONABLE_GROUNDS").gauge().value())
                .isEqualTo(1);
        assertThat(registry.get("nrm.decision.wait.days").tag("stage", "REASONABLE_GROUNDS")
                .tag("statistic", "max").gauge().value()).isEqualTo(14);
        assertThat(metrics).isNotNull();
    }

    private static ReferralMade made(ReferralId id, String referredOn) {
        return new ReferralMade(id, LocalDate.parse(referredOn), Jurisdiction.ENGLAND_AND_WALES,
                new FirstResponder(FirstResponderType.POLICE, null),
                new Survivor(null, AgeAtExploitation.ADULT, Gender.FEMALE, List.of("ALB")),
                new Exploitation(Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false));
    }

    private static ReferralRecord record(ReferralId id, String referredOn, ReferralEvent... later) {
        List<ReferralRecordEvent> events = new ArrayList<>();
        events.add(new ReferralRecordEvent(0, Instant.parse("2024-04-01T09:00:00Z"), made(id, referredOn)));
        for (ReferralEvent event : later) {
            events.add(new ReferralRecordEvent(events.size(), Instant.parse("2024-04-02T09:00:00Z"), event));
        }
        return new ReferralRecord(id.toString(), "an-organisation", LocalDate.parse(referredOn),
                Jurisdiction.ENGLAND_AND_WALES, FirstResponderType.POLICE, null, AgeAtExploitation.ADULT, Gender.FEMALE,
                List.of("ALB"), Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false, events);
    }

    private static ReferralRecords store(ReferralRecord... records) {
        List<ReferralRecord> all = List.of(records);
        return new ReferralRecords() {
            @Override
            public Optional<ReferralRecord> byId(String referralId) {
                return all.stream().filter(record -> record.referralId().equals(referralId)).findFirst();
            }

            @Override
            public Collection<ReferralRecord> all() {
                return ReferralRecords.inEffect(all);
            }
        };
    }
}
