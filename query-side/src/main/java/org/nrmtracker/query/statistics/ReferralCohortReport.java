package org.nrmtracker.query.statistics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;

/** docs/api.md §5.1: figures for the referrals made in a period, as of {@code asOf}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReferralCohortReport(LocalDate asOf, List<DecisionWindow> windows, int minimumCellSize, List<CohortGroup> groups,
                            @JsonIgnore Grouping grouping) implements StatisticsReport {

    @Override
    public List<?> csvRows() {
        return groups;
    }

    @Override
    public Object columnTemplate() {
        return CohortGroup.suppressed(grouping.blankKey(), windows);
    }
}
