package org.nrmtracker.query.referral;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.EventRetracted;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SequencedEvent;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportStarted;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a referral as the read side keeps it: the event itself, as the write side recorded it, with its
 * place in the referral's stream and when it was recorded. Corrections and retractions are kept so too; the history
 * in effect is their fold ({@link ReferralRecord#corrected()}).
 */
public record ReferralRecordEvent(long sequence, Instant recordedAt, ReferralEvent event) implements SequencedEvent {

    /**
     * The event's business date, the one {@code asOf} cuts on: referredOn, decidedOn, requestedOn, and so on; a
     * correction's is its replacement's, a retraction has none (null).
     */
    public LocalDate date() {
        return dateOf(event);
    }

    /** See {@link #date()}. */
    public static LocalDate dateOf(ReferralEvent event) {
        if (event instanceof ReferralMade made) {
            return made.referredOn();
        } else if (event instanceof ReasonableGroundsDecisionRecorded decision) {
            return decision.decidedOn();
        } else if (event instanceof ConclusiveGroundsDecisionRecorded decision) {
            return decision.decidedOn();
        } else if (event instanceof ReconsiderationRequested request) {
            return request.requestedOn();
        } else if (event instanceof SupportStarted started) {
            return started.startedOn();
        } else if (event instanceof SupportEnded ended) {
            return ended.endedOn();
        } else if (event instanceof ReferralWithdrawn withdrawal) {
            return withdrawal.withdrawnOn();
        } else if (event instanceof PersonalDataErased erasure) {
            return erasure.erasedOn();
        } else if (event instanceof EventCorrected correction) {
            return dateOf(correction.replacement());
        } else if (event instanceof EventRetracted) {
            return null;
        }
        throw new IllegalStateException("Not a referral event: " + event.getClass().getSimpleName());
    }
}
