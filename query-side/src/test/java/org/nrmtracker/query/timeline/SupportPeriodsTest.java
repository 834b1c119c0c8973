package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.timeline.Timeline.Support;
import org.nrmtracker.query.timeline.Timeline.SupportPeriod;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;
import static org.nrmtracker.kernel.referral.SupportEndReason.LOST_CONTACT;
import static org.nrmtracker.kernel.referral.SupportEndReason.MOVED_ON;
import static org.nrmtracker.kernel.referral.SupportEndReason.NEGATIVE_DECISION;
import static org.nrmtracker.query.timeline.ReferralHistory.referredOn;
import static org.nrmtracker.query.timeline.TimelineFixtures.TIMELINES;
import static org.nrmtracker.query.timeline.TimelineFixtures.date;

/**
 * Support periods as the write side keeps them: SUPPORT_STARTED opens one; without it, the positive RG decision
 * opens the recovery period implicitly; SUPPORT_ENDED closes the open one.
 */
class SupportPeriodsTest {

    private static Support support(ReferralHistory history, String asOf) {
        return TIMELINES.of(history.record(), date(asOf), DecisionWindow.DEFAULT).support();
    }

    private static SupportPeriod open(String startedOn, boolean implicit) {
        return new SupportPeriod(date(startedOn), null, null, null, implicit);
    }

    @Test
    void aPositiveReasonableGroundsDecisionOpensTheRecoveryPeriodImplicitly() {
        assertThat(support(referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE), "2024-12-31"))
                .isEqualTo(new Support(List.of(open("2024-03-06", true)), null, false));
    }

    @Test
    void aNegativeDecisionOpensNothing() {
        assertThat(support(referredOn("2024-03-01").reasonableGrounds("2024-03-06", NEGATIVE), "2024-12-31"))
                .isEqualTo(new Support(List.of(), null, false));
    }

    @Test
    void aPositiveDecisionAfterAReconsiderationOpensTheRecoveryPeriodOnItsOwnDate() {
        ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", NEGATIVE)
                .reconsiderationRequested(REASONABLE_GROUNDS, "2024-03-10").reasonableGrounds("2024-03-20", POSITIVE);
        assertThat(support(history, "2024-12-31").periods()).containsExactly(open("2024-03-20", true));
    }

    @Test
    void supportStartedBeforeTheDecisionMeansNoImplicitPeriod() {
        ReferralHistory history = referredOn("2024-03-01").supportStarted("2024-03-02")
                .reasonableGrounds("2024-03-06", POSITIVE);
        assertThat(support(history, "2024-12-31").periods()).containsExactly(open("2024-03-02", false));
    }

    @Test
    void supportThatEndedBeforeThePositiveDecisionStillMeansNoImplicitPeriod() {
        ReferralHistory history = referredOn("2024-03-01").supportStarted("2024-03-02")
                .supportEnded("2024-03-04", LOST_CONTACT).reasonableGrounds("2024-03-06", POSITIVE);
        assertThat(support(history, "2024-12-31")).isEqualTo(new Support(List.of(
                new SupportPeriod(date("2024-03-02"), date("2024-03-04"), 2L, LOST_CONTACT, false)), 2L, true));
    }

    @Test
    void supportEndedClosesTheImplicitPeriodAndALaterStartOpensAnother() {
        ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                .supportEnded("2024-04-05", MOVED_ON).supportStarted("2024-05-01");
        assertThat(support(history, "2024-12-31")).isEqualTo(new Support(List.of(
                new SupportPeriod(date("2024-03-06"), date("2024-04-05"), 30L, MOVED_ON, true),
                open("2024-05-01", false)), 30L, true));
    }

    @Test
    void totalDaysAddUpClosedPeriodsOnly() {
        ReferralHistory history = referredOn("2024-03-01").supportStarted("2024-03-01")
                .supportEnded("2024-03-11", LOST_CONTACT).supportStarted("2024-03-11")
                .supportEnded("2024-03-16", MOVED_ON).supportStarted("2024-04-01");
        assertThat(support(history, "2024-12-31").totalDays()).isEqualTo(15L);
    }

    @Test
    void supportEndingOnTheDayOfTheConclusiveDecisionDidNotEndBeforeIt() {
        ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                .conclusiveGrounds("2024-09-02", NEGATIVE).supportEnded("2024-09-02", NEGATIVE_DECISION);
        assertThat(support(history, "2024-12-31").endedBeforeConclusiveDecision()).isFalse();
    }

    @Test
    void supportEndingTheDayBeforeTheConclusiveDecisionEndedBeforeIt() {
        ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                .supportEnded("2024-09-01", LOST_CONTACT).conclusiveGrounds("2024-09-02", NEGATIVE);
        assertThat(support(history, "2024-12-31").endedBeforeConclusiveDecision()).isTrue();
    }

    @Test
    void asOfBeforeTheEndTheSupportIsStillOpen() {
        ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                .supportEnded("2024-04-05", MOVED_ON).supportStarted("2024-05-01");
        assertThat(support(history, "2024-04-04")).isEqualTo(new Support(List.of(open("2024-03-06", true)), null, false));
        assertThat(support(history, "2024-04-05").periods()).hasSize(1);
        assertThat(support(history, "2024-03-05").periods()).isEmpty();
    }

    @Test
    void aStartRecordedBeforeTheDecisionButDatedAfterAsOfNeverShowsAnImplicitPeriod() {
        // the provider recorded support from 10 March before recording the positive decision of 6 March:
        // the person was not in support on 8 March, whatever asOf
        ReferralHistory history = referredOn("2024-03-01").supportStarted("2024-03-10")
                .reasonableGrounds("2024-03-06", POSITIVE);
        assertThat(support(history, "2024-03-08").periods()).isEmpty();
        assertThat(support(history, "2024-03-10").periods()).containsExactly(open("2024-03-10", false));
    }
}
