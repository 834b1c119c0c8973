package org.nrmtracker.query.statistics;

import java.util.List;

/** A statistics answer: groups of figures, written as JSON, or as CSV with one row per group. */
sealed interface StatisticsReport permits ReferralCohortReport, DecisionReport, BacklogReport {

    List<?> groups();

    /**
     * A suppressed group with an empty value for each dimension: it has every column a group can have, so a CSV
     * answer keeps its header even when no group has any referrals.
     */
    Object columnTemplate();
}
