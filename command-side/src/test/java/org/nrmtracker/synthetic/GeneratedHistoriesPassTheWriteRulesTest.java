package org.nrmtracker.synthetic;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.referral.EndSupport;
import org.nrmtracker.command.referral.InMemoryPersonalData;
import org.nrmtracker.command.referral.MakeReferral;
import org.nrmtracker.command.referral.RecordConclusiveGroundsDecision;
import org.nrmtracker.command.referral.RecordReasonableGroundsDecision;
import org.nrmtracker.command.referral.Referral;
import org.nrmtracker.command.referral.RequestReconsideration;
import org.nrmtracker.command.referral.StartSupport;
import org.nrmtracker.command.referral.WithdrawReferral;
import org.nrmtracker.kernel.policy.RecoveryPeriodPolicy;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportStarted;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every history the synthetic-history generator writes passes the referral's write rules. In the generator's
 * package, whose classes it reads, but run here: the generator does not depend on the command side.
 */
class GeneratedHistoriesPassTheWriteRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final Clock TODAY = Clock.fixed(AS_OF.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @Test
    void everyGeneratedHistoryPassesTheWriteRules() {
        SyntheticHistory generator = new SyntheticHistory(11, 0.004, AS_OF);
        List<List<ReferralEvent>> histories = generator.histories(new Quarter(2019, 1), Quarter.of(AS_OF));
        Set<ReferralEventType> seen = EnumSet.noneOf(ReferralEventType.class);
        for (List<ReferralEvent> generated : histories) {
            List<ReferralEvent> history = generated.stream().map(GeneratedHistoriesPassTheWriteRulesTest::asRecorded)
                    .toList();
            FixtureConfiguration<Referral> fixture = new AggregateTestFixture<>(Referral.class);
            fixture.registerInjectableResource(TODAY);
            fixture.registerInjectableResource(InMemoryPersonalData.INSTANCE);
            for (int i = 0; i < history.size(); i++) {
                ReferralEvent next = history.get(i);
                // each event, as a command on the referral holding the events before it, records exactly that event
                fixture.given(history.subList(0, i).toArray())
                        .when(commandFor(generated.get(i)))
                        .expectSuccessfulHandlerExecution()
                        .expectEvents(next);
                seen.add(ReferralEventType.of(next));
            }
            assertDatesKeepTheRecoveryPeriod(history);
        }
        assertThat(histories).hasSizeGreaterThan(400);
        // every type a provider records: an erasure is no part of a history, and the generator writes no mistakes
        // to amend with corrections and retractions (docs/api.md §2.1)
        assertThat(seen).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(
                ReferralEventType.PERSONAL_DATA_ERASED, ReferralEventType.EVENT_CORRECTED,
                ReferralEventType.EVENT_RETRACTED)));
    }

    private static void assertDatesKeepTheRecoveryPeriod(List<ReferralEvent> history) {
        ReferralMade referral = (ReferralMade) history.get(0);
        LocalDate firstPositiveRg = null;
        for (ReferralEvent event : history) {
            LocalDate date = EventDates.dateOf(event);
            assertThat(date).isBetween(referral.referredOn(), AS_OF);
            if (event instanceof ReasonableGroundsDecisionRecorded rg && rg.outcome() == DecisionOutcome.POSITIVE
                    && firstPositiveRg == null) {
                firstPositiveRg = rg.decidedOn();
            }
            if (event instanceof ConclusiveGroundsDecisionRecorded cg) {
                int minimum = RecoveryPeriodPolicy.standard().minimumDaysOn(referral.jurisdiction(), firstPositiveRg);
                assertThat(cg.decidedOn()).as("CG after the recovery period").isAfterOrEqualTo(
                        firstPositiveRg.plusDays(minimum));
            }
        }
    }

    /** The event as the referral records it: its subjectRef sealed with the referral's key (docs/personal-data.md). */
    private static ReferralEvent asRecorded(ReferralEvent event) {
        if (event instanceof ReferralMade made) {
            return new ReferralMade(made.referralId(), made.referredOn(), made.jurisdiction(), made.firstResponder(),
                    InMemoryPersonalData.INSTANCE.sealedForNewReferral(made.referralId(), made.survivor()),
                    made.exploitation());
        }
        return event;
    }

    private static Object commandFor(ReferralEvent event) {
        if (event instanceof ReferralMade made) {
            return new MakeReferral(made.referralId(), made.referredOn(), made.jurisdiction(), made.firstResponder(),
                    made.survivor(), made.exploitation());
        }
        if (event instanceof ReasonableGroundsDecisionRecorded rg) {
            return new RecordReasonableGroundsDecision(rg.referralId(), rg.decidedOn(), rg.outcome());
        }
        if (event instanceof ConclusiveGroundsDecisionRecorded cg) {
            return new RecordConclusiveGroundsDecision(cg.referralId(), cg.decidedOn(), cg.outcome());
        }
        if (event instanceof ReconsiderationRequested request) {
            return new RequestReconsideration(request.referralId(), request.stage(), request.requestedOn());
        }
        if (event instanceof SupportStarted started) {
            return new StartSupport(started.referralId(), started.startedOn(), started.kind());
        }
        if (event instanceof SupportEnded ended) {
            return new EndSupport(ended.referralId(), ended.endedOn(), ended.reason());
        }
        ReferralWithdrawn withdrawn = (ReferralWithdrawn) event;
        return new WithdrawReferral(withdrawn.referralId(), withdrawn.withdrawnOn());
    }
}
