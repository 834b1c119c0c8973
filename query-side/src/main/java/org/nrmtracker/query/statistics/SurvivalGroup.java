package org.nrmtracker.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One group's curve (docs/api.md §5.4): {@code n} referrals on it, {@code events} of them decided. A suppressed group
 * keeps its key; its numbers are null and it has no steps.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record SurvivalGroup(Map<String, String> key, boolean suppressed, Long n, Long events, BigDecimal median,
                     BigDecimal medianLower95, BigDecimal medianUpper95, List<SurvivalStep> steps) {

    static SurvivalGroup of(Map<String, String> key, SurvivalCurve curve, MinimumCellSize minimumCellSize) {
        if (minimumCellSize.suppresses(curve.n())) {
            return suppressed(key);
        }
        return new SurvivalGroup(key, false, curve.n(), curve.events(), curve.median(), curve.medianLower95(),
                curve.medianUpper95(), curve.steps());
    }

    static SurvivalGroup suppressed(Map<String, String> key) {
        return new SurvivalGroup(key, true, null, null, null, null, null, List.of());
    }

    /** The CSV rows of this group: one per step, or a single one without a step when it has none. */
    List<CsvRow> csvRows() {
        if (steps.isEmpty()) {
            return List.of(new CsvRow(key, suppressed, n, events, median, medianLower95, medianUpper95,
                    SurvivalStep.NONE));
        }
        return steps.stream().map(step -> new CsvRow(key, suppressed, n, events, median, medianLower95, medianUpper95,
                step)).toList();
    }

    /** A row of the CSV answer: the group's figures, then one step's, in columns {@code steps.days} and so on. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CsvRow(Map<String, String> key, boolean suppressed, Long n, Long events, BigDecimal median,
                  BigDecimal medianLower95, BigDecimal medianUpper95, SurvivalStep steps) {
    }
}
