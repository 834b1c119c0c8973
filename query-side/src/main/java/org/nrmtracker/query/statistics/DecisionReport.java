package org.nrmtracker.query.statistics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.nrmtracker.kernel.referral.DecisionStage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * docs/api.md §5.2: decisions of one stage by the period they were made in. Counts are of decisions, including
 * those later superseded after a reconsideration, each by its own outcome; so are the small cells.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record DecisionReport(DecisionStage stage, LocalDate decidedFrom, LocalDate decidedTo, int minimumCellSize,
                      List<Group> groups, @JsonIgnore Grouping grouping) implements StatisticsReport {

    @Override
    public List<?> csvRows() {
        return groups;
    }

    @Override
    public Object columnTemplate() {
        return Group.suppressed(grouping.blankKey());
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Group(Map<String, String> key, boolean suppressed, Long decided, Long positive, Long negative,
                 Double positiveRate) {

        static Group suppressed(Map<String, String> key) {
            return new Group(key, true, null, null, null, null);
        }
    }
}
