package org.nrmtracker.query.statistics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/** docs/api.md §5.4: one Kaplan–Meier curve of the wait from positive RG to CG per group. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record SurvivalReport(LocalDate asOf, int minimumCellSize, double confidenceLevel, List<SurvivalGroup> groups,
                      @JsonIgnore Grouping grouping) implements StatisticsReport {

    @Override
    public List<?> csvRows() {
        return groups.stream().flatMap(group -> group.csvRows().stream()).toList();
    }

    @Override
    public Object columnTemplate() {
        return SurvivalGroup.suppressed(grouping.blankKey()).csvRows().get(0);
    }
}
