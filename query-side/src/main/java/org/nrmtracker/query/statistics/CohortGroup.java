package org.nrmtracker.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One group of a referral cohort (docs/api.md §5.1). Counts are of referrals; {@code positive}/{@code negative} go by
 * each referral's latest outcome as of {@code asOf}, the day figures by its first decision. In a suppressed group
 * every number is null, but the shape stays, windows keeping their {@code days}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CohortGroup(Map<String, String> key, boolean suppressed, Long referrals, Long withdrawn,
                   ReasonableGrounds reasonableGrounds, ConclusiveGrounds conclusiveGrounds,
                   Long awaitingConclusiveGrounds, List<Window> windows, Support support) {

    static CohortGroup suppressed(Map<String, String> key, List<DecisionWindow> windows) {
        SummaryStatistics none = SummaryStatistics.SUPPRESSED;
        return new CohortGroup(key, true, null, null,
                new ReasonableGrounds(null, null, null, null, none, none),
                new ConclusiveGrounds(null, null, null, null, none, none, null), null,
                windows.stream().map(window -> new Window(window.days(), null, null, null, null)).toList(),
                new Support(null, null, none));
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReasonableGrounds(Long decided, Long positive, Long negative, Double positiveRate, SummaryStatistics days,
                             SummaryStatistics workingDays) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ConclusiveGrounds(Long decided, Long positive, Long negative, Double positiveRate,
                             SummaryStatistics daysFromReasonableGrounds, SummaryStatistics daysFromReferral,
                             BigDecimal kaplanMeierMedianDaysFromReasonableGrounds) {
    }

    /** {@code metRate = met / (met + missed)}: open windows are not yet decided either way. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Window(int days, Long met, Long missed, Long open, Double metRate) {
    }

    /** {@code ended} counts referrals with a closed support period; {@code days} covers each closed period. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Support(Long ended, Long endedBeforeConclusiveDecision, SummaryStatistics days) {
    }
}
