package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.nrmtracker.query.referral.ReferralRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.query.statistics.AReferral.referredOn;

class GroupingTest {

    @Test
    void noGroupByMeansOneGroupWithAnEmptyKey() {
        Grouping none = Grouping.parse(null, false);

        assertThat(none.dimensions()).isEmpty();
        assertThat(keysOf(none, referredOn("2024-03-01").record(), null)).containsExactly(List.of());
        assertThat(Grouping.parse(" ", false).keyObject(List.of())).isEmpty();
    }

    @Test
    void dimensionsAreTakenInTheOrderAskedWithSpacesAroundNamesIgnored() {
        assertThat(Grouping.parse("GENDER, REFERRAL_YEAR", false).dimensions())
                .containsExactly(Dimension.GENDER, Dimension.REFERRAL_YEAR);
    }

    @Test
    void referralDatesGiveYearQuarterAndMonthKeys() {
        Grouping grouping = Grouping.parse("REFERRAL_YEAR,REFERRAL_QUARTER,REFERRAL_MONTH", false);

        assertThat(keysOf(grouping, referredOn("2024-03-31").record(), null))
                .containsExactly(List.of("2024", "2024-Q1", "2024-03"));
        assertThat(keysOf(grouping, referredOn("2024-10-01").record(), null))
                .containsExactly(List.of("2024", "2024-Q4", "2024-10"));
    }

    @Test
    void decisionDatesGiveTheDecisionKeys() {
        Grouping grouping = Grouping.parse("DECISION_YEAR,DECISION_QUARTER", true);

        assertThat(keysOf(grouping, referredOn("2023-12-01").record(), LocalDate.parse("2024-04-01")))
                .containsExactly(List.of("2024", "2024-Q2"));
    }

    @Test
    void aReferralWithoutNationalityIsInTheUnknownGroup() {
        assertThat(keysOf(Grouping.parse("NATIONALITY", false), referredOn("2024-01-01").nationalities().record(), null))
                .containsExactly(List.of("UNKNOWN"));
    }

    @Test
    void aRepeatedNationalityCountsOnce() {
        assertThat(keysOf(Grouping.parse("NATIONALITY", false),
                referredOn("2024-01-01").nationalities("ALB", "ALB").record(), null)).containsExactly(List.of("ALB"));
    }

    @Test
    void anUnknownDimensionIsRefusedNamingGroupBy() {
        assertRefused(() -> Grouping.parse("REFERRAL_YEAR,COLOUR", false), "must be a comma-separated list of: ");
        assertRefused(() -> Grouping.parse("gender", false), "must be a comma-separated list of: ");
        assertRefused(() -> Grouping.parse("GENDER,", false), "must be a comma-separated list of: ");
    }

    @Test
    void decisionDimensionsAreRefusedOutsideTheDecisionsStatistics() {
        assertRefused(() -> Grouping.parse("DECISION_QUARTER", false), "DECISION_YEAR and DECISION_QUARTER");
        assertRefused(() -> Grouping.parse("DECISION_YEAR", false), "DECISION_YEAR and DECISION_QUARTER");
    }

    @Test
    void aDimensionAskedForTwiceIsRefused() {
        assertRefused(() -> Grouping.parse("GENDER,GENDER", false), "only once");
    }

    private static List<List<String>> keysOf(Grouping grouping, ReferralRecord referral, LocalDate decidedOn) {
        List<List<String>> keys = new ArrayList<>();
        grouping.forEachKey(referral, decidedOn, keys::add);
        return keys;
    }

    private static void assertRefused(Runnable parse, String message) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidRequest.class, refused ->
                assertThat(refused.errors()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("groupBy");
                    assertThat(problem.message()).contains(message);
                }));
    }

}
