package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.query.timeline.Timeline.RecoveryPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.Jurisdiction.ENGLAND_AND_WALES;
import static org.nrmtracker.kernel.referral.Jurisdiction.NORTHERN_IRELAND;
import static org.nrmtracker.kernel.referral.Jurisdiction.SCOTLAND;
import static org.nrmtracker.query.timeline.ReferralHistory.referred;
import static org.nrmtracker.query.timeline.ReferralHistory.referredOn;
import static org.nrmtracker.query.timeline.TimelineFixtures.TIMELINES;
import static org.nrmtracker.query.timeline.TimelineFixtures.date;

/** The minimum recovery period in force, for the jurisdiction, on the day of the positive RG decision. */
class RecoveryPeriodTest {

    private static RecoveryPeriod recoveryPeriod(Jurisdiction jurisdiction, String positiveOn) {
        ReferralHistory history = referred(jurisdiction, "2009-04-01").reasonableGrounds(positiveOn, POSITIVE);
        return TIMELINES.of(history.record(), date(positiveOn).plusYears(1), DecisionWindow.DEFAULT).recoveryPeriod();
    }

    private static RecoveryPeriod withConclusiveDecisionOn(String decidedOn) {
        ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                .conclusiveGrounds(decidedOn, POSITIVE);
        return TIMELINES.of(history.record(), date("2024-12-31"), DecisionWindow.DEFAULT).recoveryPeriod();
    }

    @Test
    void englandAndWalesGave45DaysUntil12December2022() {
        assertThat(recoveryPeriod(ENGLAND_AND_WALES, "2022-12-12"))
                .isEqualTo(new RecoveryPeriod(date("2022-12-12"), 45, date("2023-01-26"), null));
    }

    @Test
    void englandAndWalesGives30DaysFrom13December2022() {
        assertThat(recoveryPeriod(ENGLAND_AND_WALES, "2022-12-13"))
                .isEqualTo(new RecoveryPeriod(date("2022-12-13"), 30, date("2023-01-12"), null));
    }

    @Test
    void scotlandGave45DaysUntil31March2018() {
        assertThat(recoveryPeriod(SCOTLAND, "2018-03-31"))
                .isEqualTo(new RecoveryPeriod(date("2018-03-31"), 45, date("2018-05-15"), null));
    }

    @Test
    void scotlandGives90DaysFrom1April2018() {
        assertThat(recoveryPeriod(SCOTLAND, "2018-04-01"))
                .isEqualTo(new RecoveryPeriod(date("2018-04-01"), 90, date("2018-06-30"), null));
    }

    @Test
    void scotlandStillGives90DaysAfterEnglandAndWalesCutTo30() {
        assertThat(recoveryPeriod(SCOTLAND, "2022-12-13").minimumDays()).isEqualTo(90);
    }

    @Test
    void northernIrelandGives45DaysThroughout() {
        assertThat(recoveryPeriod(NORTHERN_IRELAND, "2018-04-01").minimumDays()).isEqualTo(45);
        assertThat(recoveryPeriod(NORTHERN_IRELAND, "2022-12-13").minimumDays()).isEqualTo(45);
    }

    @Test
    void theRuleOfTheDayTheClockStartedKeepsApplyingAfterTheLawChanged() {
        RecoveryPeriod period = recoveryPeriod(ENGLAND_AND_WALES, "2022-12-01");
        assertThat(period.minimumDays()).isEqualTo(45);
        assertThat(period.endsOn()).isEqualTo(date("2023-01-15"));
    }

    @Test
    void aConclusiveDecisionOnTheLastDayBeforeTheEndCameBeforeIt() {
        // S = 6 March 2024, 30 days, ends on 5 April
        assertThat(withConclusiveDecisionOn("2024-04-04").conclusiveDecisionBeforeEnd()).isTrue();
    }

    @Test
    void aConclusiveDecisionOnTheEndDayCameAfterTheFullMinimum() {
        assertThat(withConclusiveDecisionOn("2024-04-05").conclusiveDecisionBeforeEnd()).isFalse();
    }

    @Test
    void withoutAConclusiveDecisionItIsUnknownEvenAfterThePeriodEnded() {
        ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE);
        assertThat(TIMELINES.of(history.record(), date("2024-12-31"), DecisionWindow.DEFAULT).recoveryPeriod()
                .conclusiveDecisionBeforeEnd()).isNull();
    }

    @Test
    void withoutAPositiveReasonableGroundsDecisionThereIsNoRecoveryPeriod() {
        ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", NEGATIVE);
        assertThat(TIMELINES.of(history.record(), date("2024-12-31"), DecisionWindow.DEFAULT).recoveryPeriod())
                .isEqualTo(new RecoveryPeriod(null, null, null, null));
    }
}
