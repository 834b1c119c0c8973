package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The window rule on its own (docs/api.md §4.1): a window of W days from S ends on S + W, the last day inside it;
 * the day after is the first outside. S here is 6 March 2024: the 45-day window ends on 20 April, the 90-day one
 * on 4 June.
 */
class DecisionWindowTest {

    private static final LocalDate S = LocalDate.parse("2024-03-06");
    private static final DecisionWindow DAYS_45 = new DecisionWindow(45);
    private static final DecisionWindow DAYS_90 = new DecisionWindow(90);

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theDefaultWindowsAre45And90Days() {
        assertThat(DecisionWindow.DEFAULT).containsExactly(DAYS_45, DAYS_90);
    }

    @Test
    void aWindowEndsItsNumberOfDaysAfterTheClockStarts() {
        assertThat(DAYS_45.endsOn(S)).isEqualTo(date("2024-04-20"));
        assertThat(DAYS_90.endsOn(S)).isEqualTo(date("2024-06-04"));
    }

    @Test
    void theLastDayInsideIsNotPastTheWindowAndTheNextIs() {
        assertThat(DAYS_45.isPastOn(S, date("2024-04-20"))).isFalse();
        assertThat(DAYS_45.isPastOn(S, date("2024-04-21"))).isTrue();
        assertThat(DAYS_90.isPastOn(S, date("2024-06-04"))).isFalse();
        assertThat(DAYS_90.isPastOn(S, date("2024-06-05"))).isTrue();
    }

    @Test
    void daysLeftCountDownToNoneOnTheLastDayInside() {
        assertThat(DAYS_45.daysLeftOn(S, S)).isEqualTo(45);
        assertThat(DAYS_45.daysLeftOn(S, date("2024-04-20"))).isZero();
        assertThat(DAYS_45.daysLeftOn(S, date("2024-04-21"))).isEqualTo(-1);
        assertThat(DAYS_90.daysLeftOn(S, date("2024-06-04"))).isZero();
        assertThat(DAYS_90.daysLeftOn(S, date("2024-06-05"))).isEqualTo(-1);
    }

    @Test
    void aConclusiveDecisionOnTheLastDayInsideMeetsTheWindowAndOneTheDayAfterMissesIt() {
        assertThat(DAYS_45.stateOn(date("2024-12-31"), S, date("2024-04-20"), false)).isEqualTo(WindowState.MET);
        assertThat(DAYS_45.stateOn(date("2024-12-31"), S, date("2024-04-21"), false)).isEqualTo(WindowState.MISSED);
        assertThat(DAYS_90.stateOn(date("2024-12-31"), S, date("2024-06-04"), false)).isEqualTo(WindowState.MET);
        assertThat(DAYS_90.stateOn(date("2024-12-31"), S, date("2024-06-05"), false)).isEqualTo(WindowState.MISSED);
    }

    @Test
    void withoutADecisionTheWindowIsOpenOnItsLastDayAndMissedTheDayAfter() {
        assertThat(DAYS_45.stateOn(date("2024-04-20"), S, null, false)).isEqualTo(WindowState.OPEN);
        assertThat(DAYS_45.stateOn(date("2024-04-21"), S, null, false)).isEqualTo(WindowState.MISSED);
        assertThat(DAYS_90.stateOn(date("2024-06-04"), S, null, false)).isEqualTo(WindowState.OPEN);
        assertThat(DAYS_90.stateOn(date("2024-06-05"), S, null, false)).isEqualTo(WindowState.MISSED);
    }

    @Test
    void aWithdrawalBeforeAnyDecisionMakesTheWindowNotApplicableEvenOncePast() {
        assertThat(DAYS_45.stateOn(date("2024-04-21"), S, null, true)).isEqualTo(WindowState.NOT_APPLICABLE);
        assertThat(DAYS_45.stateOn(date("2024-04-21"), S, date("2024-04-10"), true)).isEqualTo(WindowState.MET);
    }

    @Test
    void withoutAClockStartNoWindowHasStarted() {
        assertThat(DAYS_45.stateOn(date("2024-12-31"), null, null, false)).isEqualTo(WindowState.NOT_STARTED);
        assertThat(DAYS_45.stateOn(date("2024-12-31"), null, null, true)).isEqualTo(WindowState.NOT_STARTED);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3651})
    void aWindowIsFromOneDayToTenYears(int days) {
        assertThatThrownBy(() -> new DecisionWindow(days)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLimitsThemselvesAreWindows() {
        assertThat(DecisionWindow.listOf(1, 3650)).extracting(DecisionWindow::days).containsExactly(1, 3650);
    }
}
