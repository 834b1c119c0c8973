package org.nrmtracker.query.statistics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;

/**
 * docs/api.md §5.5: the backlog at each point, each exactly the answer of {@code /backlog?asOf=} for its date. In CSV,
 * one row per point and group, the point's {@code asOf} first.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record BacklogSeriesReport(List<BacklogReport> points, @JsonIgnore List<DecisionWindow> windows,
                           @JsonIgnore Grouping grouping) implements StatisticsReport {

    @Override
    public List<?> csvRows() {
        return points.stream().flatMap(point -> point.groups().stream().map(group -> new CsvRow(point.asOf(), group)))
                .toList();
    }

    @Override
    public Object columnTemplate() {
        return new CsvRow(null, BacklogReport.Group.suppressed(grouping.blankKey(), windows));
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CsvRow(LocalDate asOf, @JsonUnwrapped BacklogReport.Group group) {
    }
}
