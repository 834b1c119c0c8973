package org.nrmtracker.query.statistics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** docs/api.md §5.3: open referrals at the end of {@code asOf}; small cells count the open referrals of a group. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record BacklogReport(LocalDate asOf, List<DecisionWindow> windows, int minimumCellSize, List<Group> groups,
                     @JsonIgnore Grouping grouping) implements StatisticsReport {

    @Override
    public List<?> csvRows() {
        return groups;
    }

    @Override
    public Object columnTemplate() {
        return Group.suppressed(grouping.blankKey(), windows);
    }

    /**
     * {@code daysWaitingSinceReasonableGrounds} runs from the first positive RG decision to {@code asOf};
     * {@code beyondWindow} counts those waiting longer than each window, i.e. more than {@code days} days, the
     * referrals whose window a timeline shows as {@code MISSED}.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Group(Map<String, String> key, boolean suppressed, Long awaitingReasonableGrounds,
                 Long awaitingConclusiveGrounds, SummaryStatistics daysWaitingSinceReasonableGrounds,
                 List<BeyondWindow> beyondWindow) {

        static Group suppressed(Map<String, String> key, List<DecisionWindow> windows) {
            return new Group(key, true, null, null, SummaryStatistics.SUPPRESSED,
                    windows.stream().map(window -> new BeyondWindow(window.days(), null)).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record BeyondWindow(int days, Long count) {
    }
}
