package org.nrmtracker.query.caseload;

import java.time.LocalDate;
import java.util.List;

/** docs/api.md §4.3: a provider's open referrals whose next deadline falls within {@code within} days, nearest first. */
record Caseload(LocalDate asOf, int within, List<CaseloadReferral> referrals) {

    Caseload {
        referrals = List.copyOf(referrals);
    }
}
