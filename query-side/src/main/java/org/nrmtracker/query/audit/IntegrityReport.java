package org.nrmtracker.query.audit;

import java.util.List;

/** The answer of an integrity check (docs/api.md §6.2): what was walked, and every violation found. */
record IntegrityReport(long streams, long events, List<Violation> violations) {

    /** One broken link: the referral, the sequence it concerns, and what is wrong, in a sentence. */
    record Violation(String referralId, long sequence, String problem) {
    }
}
