package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryStatisticsTest {

    @Test
    void anOddNumberOfDurationsHasTheMiddleOneAsMedian() {
        SummaryStatistics days = SummaryStatistics.of(7, 1, 3);

        assertThat(days).isEqualTo(new SummaryStatistics(3L, 11.0 / 3, BigDecimal.valueOf(3), 7L, 1L, 7L));
    }

    @Test
    void anEvenNumberOfDurationsHasTheMeanOfTheTwoMiddleOnesAsMedian() {
        // sorted 1, 2, 3, 10: median (2 + 3) / 2; p90 at position ceil(3.6) = 4
        SummaryStatistics days = SummaryStatistics.of(10, 3, 1, 2);

        assertThat(days).isEqualTo(new SummaryStatistics(4L, 4.0, new BigDecimal("2.5"), 10L, 1L, 10L));
    }

    @Test
    void theNinetiethPercentileIsTheValueAtTheNearestRank() {
        // ceil(0.9 n): 9 of 10, 10 of 11, 18 of 20, 1 of 1, 2 of 2
        assertThat(SummaryStatistics.of(IntStream.rangeClosed(1, 10).toArray()).p90()).isEqualTo(9L);
        assertThat(SummaryStatistics.of(IntStream.rangeClosed(1, 11).toArray()).p90()).isEqualTo(10L);
        assertThat(SummaryStatistics.of(IntStream.rangeClosed(1, 20).toArray()).p90()).isEqualTo(18L);
        assertThat(SummaryStatistics.of(5).p90()).isEqualTo(5L);
        assertThat(SummaryStatistics.of(5, 8).p90()).isEqualTo(8L);
    }

    @Test
    void durationsFarApartAreRankedTheSameWay() {
        assertThat(SummaryStatistics.of(10_000, 0, 3))
                .isEqualTo(new SummaryStatistics(3L, 10_003 / 3.0, BigDecimal.valueOf(3), 10_000L, 0L, 10_000L));
    }

    @Test
    void noDurationsGiveNullFiguresButACountOfZero() {
        assertThat(SummaryStatistics.of()).isEqualTo(new SummaryStatistics(0L, null, null, null, null, null));
    }

    @Test
    void wholeMediansAreWrittenAsWholeNumbersAndHalvesAsHalves() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.writeValueAsString(SummaryStatistics.of(30, 35, 40)))
                .isEqualTo("{\"n\":3,\"mean\":35.0,\"median\":35,\"p90\":40,\"min\":30,\"max\":40}");
        assertThat(json.writeValueAsString(SummaryStatistics.of(35, 36)))
                .contains("\"median\":35.5");
        assertThat(json.writeValueAsString(SummaryStatistics.of()))
                .isEqualTo("{\"n\":0,\"mean\":null,\"median\":null,\"p90\":null,\"min\":null,\"max\":null}");
    }

    @Test
    void durationsCollectedOneByOneAreSummarisedWithoutTheUnknownOnes() {
        Durations durations = new Durations();
        durations.add(4);
        durations.addIfKnown(null);
        durations.addIfKnown(2L);

        assertThat(durations.summary().n()).isEqualTo(2L);
        assertThat(durations.summary().median()).isEqualByComparingTo("3");
    }

    @Test
    void durationsCollectedSeparatelyAndJoinedAreSummarisedTogether() {
        Durations durations = new Durations();
        durations.add(4);
        Durations more = new Durations();
        for (int day = 1; day <= 20; day++) {
            more.add(day);
        }
        durations.addAll(more);

        assertThat(durations.summary().n()).isEqualTo(21L);
        assertThat(durations.summary().median()).isEqualByComparingTo("10");
    }

    @Test
    void aRateWithNothingToDivideByIsNull() {
        assertThat(Rate.of(0, 0)).isNull();
        assertThat(Rate.of(1, 4)).isEqualTo(0.25);
    }
}
