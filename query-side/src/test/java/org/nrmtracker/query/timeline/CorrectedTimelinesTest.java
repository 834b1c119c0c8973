package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.query.referral.ReferralRecord;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.Jurisdiction.SCOTLAND;
import static org.nrmtracker.query.timeline.ReferralHistory.referredOn;
import static org.nrmtracker.query.timeline.TimelineFixtures.TIMELINES;
import static org.nrmtracker.query.timeline.TimelineFixtures.date;

/** Timelines of corrected histories (docs/api.md §2, §4.1): computed from the events in effect, each one marked. */
class CorrectedTimelinesTest {

    private static final LocalDate AS_OF = date("2024-12-31");

    private static Timeline timelineOf(ReferralHistory history) {
        return TIMELINES.of(history.record(), AS_OF, null);
    }

    @Test
    void aCorrectedDecisionCountsOnItsCorrectedDate() {
        Timeline timeline = timelineOf(referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", POSITIVE)
                .decisionCorrected(1, "2024-03-20", POSITIVE));

        assertThat(timeline.reasonableGrounds().firstDecidedOn()).isEqualTo(date("2024-03-20"));
        assertThat(timeline.reasonableGrounds().daysFromReferral()).isEqualTo(19);
        assertThat(timeline.recoveryPeriod().startsOn()).isEqualTo(date("2024-03-20"));
    }

    @Test
    void aTimelineListsACorrectedEventAsCorrectedAndMarksIt() {
        Timeline timeline = timelineOf(referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", POSITIVE)
                .decisionCorrected(1, "2024-03-20", POSITIVE));

        assertThat(timeline.events()).hasSize(2); // the correction itself is no event of the history
        TimelineEvent decision = timeline.events().get(1);
        assertThat(decision.sequence()).isEqualTo(1);
        assertThat(decision.date()).isEqualTo(date("2024-03-20"));
        assertThat(decision.recordedAt()).isEqualTo("2024-03-01T10:16:30.123Z");
        assertThat(decision.correctedBy()).isEqualTo(new TimelineEvent.Amended(2, CorrectionReason.DATA_ENTRY_ERROR,
                "2024-03-01T10:17:30.123Z"));
        assertThat(decision.retractedBy()).isNull();
        assertThat(timeline.events().get(0).correctedBy()).isNull();
    }

    @Test
    void theLatestCorrectionOfAnEventIsTheOneInEffect() {
        Timeline timeline = timelineOf(referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", NEGATIVE)
                .decisionCorrected(1, "2024-03-20", POSITIVE)
                .decisionCorrected(1, "2024-03-10", NEGATIVE));

        assertThat(timeline.reasonableGrounds().firstDecidedOn()).isEqualTo(date("2024-03-10"));
        assertThat(timeline.status()).isEqualTo(ReferralStatus.NEGATIVE_REASONABLE_GROUNDS);
        assertThat(timeline.events().get(1).correctedBy().sequence()).isEqualTo(3);
    }

    @Test
    void aRetractedEventIsListedAsRetractedButCountsForNothing() {
        Timeline timeline = timelineOf(referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", POSITIVE)
                .retracted(1));

        assertThat(timeline.status()).isEqualTo(ReferralStatus.AWAITING_REASONABLE_GROUNDS);
        assertThat(timeline.reasonableGrounds().firstDecidedOn()).isNull();
        assertThat(timeline.support().periods()).isEmpty();
        assertThat(timeline.windows()).extracting(Timeline.Window::state).containsOnly(WindowState.NOT_STARTED);
        assertThat(timeline.events()).extracting(TimelineEvent::type).containsExactly(ReferralEventType.REFERRED,
                ReferralEventType.REASONABLE_GROUNDS_DECISION);
        assertThat(timeline.events().get(1).retractedBy().sequence()).isEqualTo(2);
        assertThat(timeline.events().get(1).retractedBy().reason()).isEqualTo(CorrectionReason.WRONG_REFERRAL);
    }

    @Test
    void aRetractedReferralIsRetractedWithNothingInEffect() {
        Timeline timeline = timelineOf(referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", POSITIVE)
                .conclusiveGrounds("2024-06-01", POSITIVE)
                .retracted(0));

        assertThat(timeline.status()).isEqualTo(ReferralStatus.RETRACTED);
        assertThat(timeline.reasonableGrounds().firstDecidedOn()).isNull();
        assertThat(timeline.conclusiveGrounds().firstDecidedOn()).isNull();
        assertThat(timeline.events().get(0).retractedBy().sequence()).isEqualTo(3);
        assertThat(TIMELINES.statusOf(referredOn("2024-03-01").retracted(0).record(), AS_OF))
                .isEqualTo(ReferralStatus.RETRACTED);
    }

    @Test
    void anErasureStaysInEffectOnARetractedReferralAndThroughCorrections() {
        Timeline retracted = timelineOf(referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", POSITIVE)
                .personalDataErased("2024-04-01")
                .retracted(0));
        Timeline corrected = timelineOf(referredOn("2024-03-01")
                .personalDataErased("2024-04-01")
                .referralCorrected(SCOTLAND, "2024-02-28"));

        assertThat(retracted.status()).isEqualTo(ReferralStatus.RETRACTED);
        assertThat(retracted.personalDataErased()).isTrue();
        assertThat(TIMELINES.summaryOf(referredOn("2024-03-01").personalDataErased("2024-04-01").retracted(0)
                .record(), AS_OF, null).personalDataErased()).isTrue();
        assertThat(corrected.personalDataErased()).isTrue();
        assertThat(corrected.events()).extracting(TimelineEvent::type).containsExactly(ReferralEventType.REFERRED,
                ReferralEventType.PERSONAL_DATA_ERASED);
    }

    @Test
    void aCorrectedReferralHasItsCorrectedDateAndJurisdiction() {
        ReferralRecord record = referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", POSITIVE)
                .referralCorrected(SCOTLAND, "2024-02-20")
                .record();
        Timeline timeline = TIMELINES.of(record, AS_OF, null);

        assertThat(timeline.referredOn()).isEqualTo(date("2024-02-20"));
        assertThat(timeline.jurisdiction()).isEqualTo(SCOTLAND);
        assertThat(timeline.reasonableGrounds().daysFromReferral()).isEqualTo(15);
        assertThat(timeline.recoveryPeriod().minimumDays()).isEqualTo(90); // Scotland's, not England's 30
        assertThat(timeline.events().get(0).date()).isEqualTo(date("2024-02-20"));
        assertThat(record.corrected().referredOn()).isEqualTo(date("2024-02-20"));
    }

    @Test
    void asOfCutsOnTheCorrectedDate() {
        Timeline timeline = TIMELINES.of(referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", POSITIVE)
                .decisionCorrected(1, "2024-04-02", POSITIVE)
                .record(), date("2024-04-01"), null);

        assertThat(timeline.events()).hasSize(1);
        assertThat(timeline.status()).isEqualTo(ReferralStatus.AWAITING_REASONABLE_GROUNDS);
    }

    @Test
    void summariesAndFiguresReadTheCorrectedHistoryToo() {
        ReferralRecord record = referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", POSITIVE)
                .decisionCorrected(1, "2024-03-06", NEGATIVE)
                .record();

        assertThat(TIMELINES.summaryOf(record, AS_OF, null).status())
                .isEqualTo(ReferralStatus.NEGATIVE_REASONABLE_GROUNDS);
        assertThat(TIMELINES.figuresOf(record, AS_OF, null).status())
                .isEqualTo(ReferralStatus.NEGATIVE_REASONABLE_GROUNDS);
        assertThat(TIMELINES.statusOf(record, AS_OF)).isEqualTo(ReferralStatus.NEGATIVE_REASONABLE_GROUNDS);
    }
}
