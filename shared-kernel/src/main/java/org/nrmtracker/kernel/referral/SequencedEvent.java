package org.nrmtracker.kernel.referral;

/** An event as recorded on its referral's stream, at its sequence number: what {@link CorrectedHistory} folds. */
public interface SequencedEvent {

    long sequence();

    ReferralEvent event();
}
