package org.nrmtracker.query.caseload;

import java.time.LocalDate;

/**
 * The nearest deadline of a referral not yet passed (docs/api.md §4.3).
 *
 * @param days     the recovery period's minimum days, or the window's days
 * @param endsOn   its last day: {@code S + days}
 * @param daysLeft days from today to {@code endsOn}: 0 on that day
 */
public record NextDeadline(DeadlineKind kind, int days, LocalDate endsOn, long daysLeft) {
}
