package org.nrmtracker.command.referral;

/**
 * The event is well-formed but its dates are impossible (HTTP 422): in the future, before the referral, or out
 * of order with the events it depends on. The message is a sentence a caseworker can act on and never carries
 * personal data.
 */
public class ImpossibleReferralDates extends RuntimeException {

    ImpossibleReferralDates(String message) {
        // an expected refusal, not a fault: a stack trace would only cost time on large imports
        super(message, null, false, false);
    }
}
