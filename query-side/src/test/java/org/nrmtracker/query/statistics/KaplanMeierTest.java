package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-worked curves. Each comment gives S(t) after every event time and what R reports for the same data,
 * {@code print(survfit(Surv(time, status) ~ 1))}, whose median comes from {@code quantile.survfit}.
 */
class KaplanMeierTest {

    @Test
    void withoutCensoringTheMedianOfAnOddNumberIsTheMiddleTime() {
        // S: 1→4/5, 2→3/5, 3→2/5 < 1/2; R: median 3
        assertThat(events(1, 2, 3, 4, 5).median()).isEqualTo(days("3"));
    }

    @Test
    void survivalOfExactlyOneHalfUntilTheNextEventGivesTheMidpoint() {
        // S: 1→3/4, 2→1/2 until the event at 3; R: (2 + 3) / 2 = 2.5
        assertThat(events(1, 2, 3, 4).median()).isEqualTo(days("2.5"));
    }

    @Test
    void oneHalfIsRecognisedWhereFloatingPointMissesItBelow() {
        // 11/12 · 10/11 · … · 6/7 is exactly 1/2 but 0.4999999999999999 in doubles; R (within its tolerance): 6.5
        assertThat(events(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).median()).isEqualTo(days("6.5"));
    }

    @Test
    void oneHalfIsRecognisedWhereFloatingPointMissesItAbove() {
        // 23/24 · … · 12/13 is exactly 1/2 but 0.5000000000000001 in doubles; R: 12.5
        KaplanMeier curve = new KaplanMeier();
        for (int day = 1; day <= 24; day++) {
            curve.event(day);
        }
        assertThat(curve.median()).isEqualTo(days("12.5"));
    }

    @Test
    void eventsAtATimeCountBeforeTheCensoringsAtThatTime() {
        // at 1: one event among 6 at risk (the two censored at 1 still count) → 5/6; at 2: 1 of 3 → 5/9;
        // at 3: 2 of 2 → 0. R: median 3. Censoring first would give 3/4, 1/2 and a median of 2.5.
        KaplanMeier curve = new KaplanMeier().event(1).censored(1).censored(1).event(2).event(3).event(3);

        assertThat(curve.median()).isEqualTo(days("3"));
    }

    @Test
    void tiedEventsCanTakeSurvivalPastOneHalfAtOnce() {
        // at 4: 3 of 4 → 1/4; R: median 4
        KaplanMeier curve = new KaplanMeier().event(4).event(4).event(4).censored(9);

        assertThat(curve.median()).isEqualTo(days("4"));
    }

    @Test
    void aCensoringInsideTheHalfPlateauDoesNotEndIt() {
        // 1→3/4, 2→1/2, censored at 3, 5→0; R drops the censoring time from the curve: (2 + 5) / 2 = 3.5
        KaplanMeier curve = new KaplanMeier().event(1).event(2).censored(3).event(5);

        assertThat(curve.median()).isEqualTo(days("3.5"));
    }

    @Test
    void censoringsBeforeTheEventsShrinkTheRiskSet() {
        // two censored at 1 leave 4 at risk: 2→3/4, 3→1/2 until 4; R: 3.5
        KaplanMeier curve = new KaplanMeier().censored(1).censored(1).event(2).event(3).event(4).event(5);

        assertThat(curve.median()).isEqualTo(days("3.5"));
    }

    @Test
    void aHalfPlateauWithNoLaterEventEndsAtTheLastObservedTime() {
        // 1→3/4, 2→1/2, then only censorings (3, 4): R's quantile.survfit takes (2 + 4) / 2 = 3
        KaplanMeier curve = new KaplanMeier().event(1).event(2).censored(3).censored(4);

        assertThat(curve.median()).isEqualTo(days("3"));
    }

    @Test
    void survivalThatNeverReachesOneHalfHasNoMedian() {
        // 1→3/4, then censored; R: NA
        KaplanMeier curve = new KaplanMeier().event(1).censored(2).censored(3).censored(4);

        assertThat(curve.median()).isNull();
    }

    @Test
    void noObservationsHaveNoMedian() {
        assertThat(new KaplanMeier().median()).isNull();
    }

    @Test
    void observationsMayArriveInAnyOrder() {
        // the same curve as the censoring-inside-the-plateau case
        KaplanMeier curve = new KaplanMeier().event(5).censored(3).event(2).event(1);

        assertThat(curve.median()).isEqualTo(days("3.5"));
    }

    @Test
    void aCurveWithTimesFarApartIsReadTheSameWay() {
        // as the plateau case with no later event, stretched: 1→3/4, 2→1/2, censored at 3 and 5000: (2 + 5000) / 2
        KaplanMeier curve = new KaplanMeier().event(1).event(2).censored(3).censored(5000);

        assertThat(curve.median()).isEqualTo(days("2501"));
    }

    @Test
    void curvesFilledSeparatelyAndJoinedGiveTheSameMedian() {
        KaplanMeier joined = new KaplanMeier().event(1).censored(1);
        joined.addAll(new KaplanMeier().censored(1).event(2).event(3).event(3));

        assertThat(joined.median()).isEqualTo(days("3"));
    }

    private static KaplanMeier events(int... days) {
        KaplanMeier curve = new KaplanMeier();
        for (int day : days) {
            curve.event(day);
        }
        return curve;
    }

    private static BigDecimal days(String value) {
        return new BigDecimal(value);
    }
}
