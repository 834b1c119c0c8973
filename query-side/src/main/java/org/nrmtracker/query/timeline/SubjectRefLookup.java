package org.nrmtracker.query.timeline;

import org.nrmtracker.platform.problem.InvalidRequest;

/**
 * A provider's search of its own referrals by its reference for the person (docs/api.md §4.2): an exact match with
 * the reference opened for it, never a stored plaintext or index (docs/personal-data.md). The value is never logged
 * or echoed in a refusal.
 */
record SubjectRefLookup(String subjectRef) {

    /** As §3.1 takes a reference. */
    static final int MAX_LENGTH = 64;

    /** The lookup the parameter asks for, or null when it is absent. */
    static SubjectRefLookup parse(String parameter) {
        if (parameter == null) {
            return null;
        }
        if (parameter.isBlank() || parameter.length() > MAX_LENGTH) {
            throw new InvalidRequest("subjectRef", "must be 1 to " + MAX_LENGTH + " characters, not blank");
        }
        return new SubjectRefLookup(parameter);
    }

    /** Asked by a caller that may not see references: answered 403. */
    static final class NotAllowed extends RuntimeException {
        NotAllowed() {
            super("subjectRef asked by a caller that may not see it", null, false, false);
        }
    }
}
