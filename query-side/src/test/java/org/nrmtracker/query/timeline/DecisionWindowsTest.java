package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nrmtracker.query.timeline.Timeline.Window;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.query.timeline.ReferralHistory.referredOn;
import static org.nrmtracker.query.timeline.TimelineFixtures.TIMELINES;
import static org.nrmtracker.query.timeline.TimelineFixtures.date;

/**
 * Decision windows (docs/api.md §4.1): the clock starts on the first positive RG decision S, a window of W days
 * ends on S + W, and is MET by a first CG on or before that day. Here S is 6 March 2024, so the 45-day window
 * ends on 20 April and the 90-day one on 4 June.
 */
class DecisionWindowsTest {

    private static final ReferralHistory POSITIVE_ON_6_MARCH =
            referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE);

    private static List<Window> windows(ReferralHistory history, String asOf) {
        return TIMELINES.of(history.record(), date(asOf), DecisionWindow.DEFAULT).windows();
    }

    private static Window window45(ReferralHistory history, String asOf) {
        return windows(history, asOf).get(0);
    }

    private static ReferralHistory conclusiveOn(String decidedOn) {
        return referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE).conclusiveGrounds(decidedOn, NEGATIVE);
    }

    @Nested
    class WithAConclusiveDecision {

        @Test
        void aDecisionOnTheLastDayMeetsTheWindow() {
            assertThat(window45(conclusiveOn("2024-04-20"), "2024-12-31"))
                    .isEqualTo(new Window(45, date("2024-04-20"), WindowState.MET));
        }

        @Test
        void aDecisionTheDayAfterMissesIt() {
            assertThat(window45(conclusiveOn("2024-04-21"), "2024-12-31"))
                    .isEqualTo(new Window(45, date("2024-04-20"), WindowState.MISSED));
        }

        @Test
        void aDecisionOnTheDayOfTheReasonableGroundsMeetsEveryWindow() {
            assertThat(windows(conclusiveOn("2024-03-06"), "2024-03-06")).extracting(Window::state)
                    .containsExactly(WindowState.MET, WindowState.MET);
        }

        @Test
        void eachWindowIsJudgedOnItsOwn() {
            assertThat(windows(conclusiveOn("2024-06-04"), "2024-12-31")).containsExactly(
                    new Window(45, date("2024-04-20"), WindowState.MISSED),
                    new Window(90, date("2024-06-04"), WindowState.MET));
        }

        @Test
        void theOutcomeDoesNotMatterOnlyTheDate() {
            assertThat(window45(referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                    .conclusiveGrounds("2024-04-01", POSITIVE), "2024-12-31").state()).isEqualTo(WindowState.MET);
        }
    }

    @Nested
    class WhileWaiting {

        @Test
        void theWindowIsOpenOnItsLastDay() {
            assertThat(window45(POSITIVE_ON_6_MARCH, "2024-04-20").state()).isEqualTo(WindowState.OPEN);
        }

        @Test
        void theWindowIsMissedTheDayAfter() {
            assertThat(window45(POSITIVE_ON_6_MARCH, "2024-04-21").state()).isEqualTo(WindowState.MISSED);
        }

        @Test
        void theWindowIsOpenOnTheDayTheClockStarts() {
            assertThat(windows(POSITIVE_ON_6_MARCH, "2024-03-06")).extracting(Window::state)
                    .containsExactly(WindowState.OPEN, WindowState.OPEN);
        }

        @Test
        void aDecisionAfterAsOfIsNotYetKnown() {
            assertThat(window45(conclusiveOn("2024-04-10"), "2024-04-09").state()).isEqualTo(WindowState.OPEN);
            assertThat(window45(conclusiveOn("2024-05-10"), "2024-05-09").state()).isEqualTo(WindowState.MISSED);
        }
    }

    @Nested
    class WithoutAClock {

        @Test
        void noWindowStartsBeforeAReasonableGroundsDecision() {
            assertThat(windows(referredOn("2024-03-01"), "2024-12-31")).containsExactly(
                    new Window(45, null, WindowState.NOT_STARTED), new Window(90, null, WindowState.NOT_STARTED));
        }

        @Test
        void aNegativeReasonableGroundsDecisionStartsNoWindow() {
            assertThat(window45(referredOn("2024-03-01").reasonableGrounds("2024-03-06", NEGATIVE), "2024-12-31"))
                    .isEqualTo(new Window(45, null, WindowState.NOT_STARTED));
        }

        @Test
        void aPositiveDecisionAfterAsOfHasNotStartedTheClock() {
            assertThat(window45(POSITIVE_ON_6_MARCH, "2024-03-05").state()).isEqualTo(WindowState.NOT_STARTED);
        }

        @Test
        void aReferralWithdrawnBeforeAnyPositiveDecisionNeverStartedTheClock() {
            assertThat(window45(referredOn("2024-03-01").withdrawn("2024-03-04"), "2024-12-31").state())
                    .isEqualTo(WindowState.NOT_STARTED);
        }
    }

    @Nested
    class Withdrawn {

        @Test
        void aWithdrawalBeforeAnyConclusiveDecisionMakesWindowsNotApplicable() {
            ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                    .withdrawn("2024-04-01");
            assertThat(windows(history, "2024-12-31")).containsExactly(
                    new Window(45, date("2024-04-20"), WindowState.NOT_APPLICABLE),
                    new Window(90, date("2024-06-04"), WindowState.NOT_APPLICABLE));
        }

        @Test
        void aWithdrawalAfterTheWindowEndedStillMakesItNotApplicable() {
            // docs/api.md §4.1: NOT_APPLICABLE whenever withdrawn before any CG; as of a day before the withdrawal it was missed
            ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                    .withdrawn("2024-05-01");
            assertThat(window45(history, "2024-04-30").state()).isEqualTo(WindowState.MISSED);
            assertThat(window45(history, "2024-05-01").state()).isEqualTo(WindowState.NOT_APPLICABLE);
        }

        @Test
        void aWithdrawalAfterAsOfIsNotYetKnown() {
            ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                    .withdrawn("2024-04-01");
            assertThat(window45(history, "2024-03-31").state()).isEqualTo(WindowState.OPEN);
        }
    }

    @Test
    void otherWindowsAreAnsweredInTheOrderAsked() {
        assertThat(TIMELINES.of(POSITIVE_ON_6_MARCH.record(), date("2024-04-06"), DecisionWindow.listOf(30, 31, 3650)).windows())
                .containsExactly(
                new Window(30, date("2024-04-05"), WindowState.MISSED),
                new Window(31, date("2024-04-06"), WindowState.OPEN),
                new Window(3650, date("2034-03-04"), WindowState.OPEN));
    }
}
