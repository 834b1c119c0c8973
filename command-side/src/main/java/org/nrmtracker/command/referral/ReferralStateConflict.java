package org.nrmtracker.command.referral;

/**
 * The referral's state forbids the event (HTTP 409), e.g. a second reasonable-grounds decision without a
 * reconsideration, or anything after a withdrawal. The message is a sentence a caseworker can act on and never
 * carries personal data.
 */
public class ReferralStateConflict extends RuntimeException {

    ReferralStateConflict(String message) {
        // an expected refusal, not a fault: a stack trace would only cost time on large imports
        super(message, null, false, false);
    }
}
