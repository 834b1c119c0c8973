package org.nrmtracker.query.statistics;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-worked curves, each number as R's {@code survfit(Surv(days, event) ~ 1)} reports it (docs/api.md §5.4).
 * Notation: n at risk, d events; S = Π (n - d) / n; Greenwood's V = Σ d / (n (n - d)), se = √V; z = 1.959963984540054;
 * lower = S·exp(-z·se), upper = min(1, S·exp(z·se)); bounds NA where S = 0. The median (and each bound's) is the first
 * time the curve is below ½, or, if it is ½ there, the midpoint of that time and the next time it is lower.
 */
class SurvivalCurveTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    @Test
    void threeEventsWithoutCensoring() {
        // t=1: n=3 d=1 S=2/3, V=1/(3·2)=1/6, se=0.40824829046386, z·se=0.80015194605922,
        //      lower=(2/3)·exp(-0.80015194605922)=(2/3)·0.44926069553853=0.29950713035902, upper=(2/3)·2.2258…>1 → 1
        // t=2: n=2 d=1 S=1/3, V=1/6+1/(2·1)=2/3, se=0.81649658092773, z·se=1.60030389211844,
        //      lower=(1/3)·exp(-1.60030389211844)=(1/3)·0.20183517255577=0.06727839085192, upper → 1
        // t=3: n=1 d=1 S=0, V=∞: bounds NA
        // median: S first below ½ at 2 (1/3); lower first below ½ at 1; upper never (1, 1, NA): NA
        SurvivalCurve curve = new KaplanMeier().event(1).event(2).event(3).curve();

        assertThat(curve.n()).isEqualTo(3);
        assertThat(curve.events()).isEqualTo(3);
        assertStep(curve.steps().get(0), 1, 3, 1, 0, 2.0 / 3, 0.29950713035902, 1.0);
        assertStep(curve.steps().get(1), 2, 2, 1, 0, 1.0 / 3, 0.06727839085192, 1.0);
        assertStep(curve.steps().get(2), 3, 1, 1, 0, 0.0, null, null);
        assertMedian(curve, "2", "1", null);
    }

    @Test
    void tiedEventsAndACensoringTiedWithAnEventCountTheEventsFirst() {
        // at 1: one event and two censorings: all six at risk, S=5/6, V=1/(6·5)=1/30, se=0.18257418583506,
        //       lower=(5/6)·exp(-0.35783882874343)=(5/6)·0.69918575457257=0.58265479547714, upper → 1
        // at 2: n=6-3=3 d=1 S=(5/6)(2/3)=5/9, V=1/30+1/(3·2)=1/5, se=0.44721359549996,
        //       lower=(5/9)·exp(-0.87652254057658)=(5/9)·0.41622781326373=0.23123767403540, upper → 1
        // at 3: n=2 d=2 (tied) S=0: bounds NA
        // median: S first below ½ at 3; lower at 2 (0.231); upper never: NA
        SurvivalCurve curve = new KaplanMeier().event(1).censored(1).censored(1).event(2).event(3).event(3).curve();

        assertThat(curve.steps()).hasSize(3);
        assertStep(curve.steps().get(0), 1, 6, 1, 2, 5.0 / 6, 0.58265479547714, 1.0);
        assertStep(curve.steps().get(1), 2, 3, 1, 0, 5.0 / 9, 0.23123767403540, 1.0);
        assertStep(curve.steps().get(2), 3, 2, 2, 0, 0.0, null, null);
        assertThat(curve.events()).isEqualTo(4);
        assertMedian(curve, "3", "2", null);
    }

    @Test
    void aCensoringOnlyTimeIsAStepAndAHalfPlateauGivesTheMidpoint() {
        // 1: n=4 d=1 S=3/4, V=1/12, se=0.28867513459481, lower=0.75·exp(-0.56579286703809)=0.42593226849798
        // 2: n=3 d=1 S=1/2, V=1/12+1/6=1/4, se=1/2, lower=0.5·exp(-0.97998199227003)=0.18765892870659
        // 3: censoring only: n=2, S, V and the bounds stay
        // 5: n=1 d=1 S=0
        // median: ½ at 2, lower at 5 → (2+5)/2 = 3.5; lower first below ½ at 1; upper 1 then NA: NA
        SurvivalCurve curve = new KaplanMeier().event(1).event(2).censored(3).event(5).curve();

        assertStep(curve.steps().get(2), 3, 2, 0, 1, 0.5, 0.18765892870659, 1.0);
        assertStep(curve.steps().get(1), 2, 3, 1, 0, 0.5, 0.18765892870659, 1.0);
        assertStep(curve.steps().get(0), 1, 4, 1, 0, 0.75, 0.42593226849798, 1.0);
        assertMedian(curve, "3.5", "1", null);
    }

    @Test
    void aHalfPlateauToTheEndGivesTheTimeItStartedAsPrintDoes() {
        // 1: S=3/4; 2: S=1/2; censored at 3 and 4. The curve never falls below ½ after 2, so print(fit) shows 2
        // (quantile(fit, 0.5) would give (2+4)/2 = 3: the cohorts' median, KaplanMeierTest)
        SurvivalCurve curve = new KaplanMeier().event(1).event(2).censored(3).censored(4).curve();

        assertThat(curve.steps()).extracting(SurvivalStep::censored).containsExactly(0L, 0L, 1L, 1L);
        assertMedian(curve, "2", "1", null);
    }

    @Test
    void aCensoringBeforeAnyEventIsAStepWithSurvivalOneAndBoundsOne() {
        // 0: censoring only, n=5, S=1, V=0: bounds exp(0)=1
        // 2: n=4 d=2 S=1/2, V=2/(4·2)=1/4: as the plateau above, lower 0.18765892870659
        // 4: censoring only; 6: n=1 d=1 S=0. median (2+6)/2=4, lower at 2, upper NA
        SurvivalCurve curve = new KaplanMeier().censored(0).event(2).event(2).censored(4).event(6).curve();

        assertStep(curve.steps().get(0), 0, 5, 0, 1, 1.0, 1.0, 1.0);
        assertStep(curve.steps().get(1), 2, 4, 2, 0, 0.5, 0.18765892870659, 1.0);
        assertMedian(curve, "4", "2", null);
    }

    @Test
    void twentyEventsGiveBothBoundsOfTheMedian() {
        // without censoring S_k = (20-k)/20 and V_k = Σ 1/(n(n-1)) over n=20…21-k = 1/(20-k) - 1/20 = k/(20(20-k))
        // S_10 = 1/2 until 11 → median 10.5
        // lower_k = S_k·exp(-z√V_k): k=6: 0.7·exp(-1.96·0.14639)=0.52541; k=7: 0.65·exp(-1.96·0.16408)=0.47124 → 7
        // upper_k = S_k·exp(z√V_k): k=15: 0.25·exp(1.96·0.38730)=0.53408; k=16: 0.2·exp(1.96·0.44721)=0.48051 → 16
        KaplanMeier times = new KaplanMeier();
        for (int day = 1; day <= 20; day++) {
            times.event(day);
        }
        SurvivalCurve curve = times.curve();

        assertThat(curve.steps().get(6).lower95()).isCloseTo(0.47124423816113, EXACT);
        assertThat(curve.steps().get(15).upper95()).isCloseTo(0.48050609216083, EXACT);
        assertMedian(curve, "10.5", "7", "16");
    }

    @Test
    void curvesFilledSeparatelyAndJoinedAreTheSameCurve() {
        KaplanMeier joined = new KaplanMeier().event(1).censored(1);
        joined.addAll(new KaplanMeier().censored(1).event(2).event(3).event(3));

        assertThat(joined.curve()).isEqualTo(
                new KaplanMeier().event(1).censored(1).censored(1).event(2).event(3).event(3).curve());
    }

    @Test
    void noObservationsGiveNoSteps() {
        SurvivalCurve curve = new KaplanMeier().curve();

        assertThat(curve.n()).isZero();
        assertThat(curve.steps()).isEmpty();
        assertThat(curve.median()).isNull();
    }

    private static void assertStep(SurvivalStep step, long days, long atRisk, long events, long censored,
                                   double survival, Double lower, Double upper) {
        assertThat(List.of(step.days(), step.atRisk(), step.events(), step.censored()))
                .containsExactly(days, atRisk, events, censored);
        assertThat(step.survival()).isCloseTo(survival, EXACT);
        if (lower == null) {
            assertThat(step.lower95()).isNull();
            assertThat(step.upper95()).isNull();
        } else {
            assertThat(step.lower95()).isCloseTo(lower, EXACT);
            assertThat(step.upper95()).isCloseTo(upper, EXACT);
        }
    }

    private static void assertMedian(SurvivalCurve curve, String median, String lower, String upper) {
        assertThat(curve.median()).isEqualTo(new BigDecimal(median));
        assertThat(curve.medianLower95()).isEqualTo(lower == null ? null : new BigDecimal(lower));
        assertThat(curve.medianUpper95()).isEqualTo(upper == null ? null : new BigDecimal(upper));
    }
}
