package org.nrmtracker.query.caseload;

import org.nrmtracker.query.timeline.NextDeadline;
import org.nrmtracker.query.timeline.ReferralStatus;

import java.time.LocalDate;

/**
 * One referral of a provider's caseload (docs/api.md §4.3), its own organisation's, so with its {@code subjectRef}.
 *
 * @param daysWaiting days since the wait for the awaited decision began: the positive RG decision for CG
 */
record CaseloadReferral(String referralId, String subjectRef, ReferralStatus status, LocalDate referredOn,
                        long daysWaiting, NextDeadline nextDeadline) {
}
