package org.nrmtracker.query.statistics;

import java.util.List;

/** A statistics answer: figures written as JSON, or as CSV with one row per group unless a report says otherwise. */
sealed interface StatisticsReport permits ReferralCohortReport, DecisionReport, BacklogReport, SurvivalReport,
        BacklogSeriesReport {

    /** The rows of the CSV answer, each written as its JSON would be and flattened by {@link CsvTable}. */
    List<?> csvRows();

    /**
     * A row of a suppressed group with an empty value for each dimension: it has every column a row can have, so a
     * CSV answer keeps its header even when no group has any referrals.
     */
    Object columnTemplate();
}
