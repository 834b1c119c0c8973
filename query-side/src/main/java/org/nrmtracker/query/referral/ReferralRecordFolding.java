package org.nrmtracker.query.referral;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportStarted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How one event changes what the read side knows of a referral. Applying an event twice, or
 * applying the referral's events in another order, gives the same record: projections are
 * replayed, and at-least-once delivery is the norm without transactions.
 */
public final class ReferralRecordFolding {

    static RecordedFact factOf(ReferralEvent event, long sequence, Instant recordedAt) {
        ReferralEventType type = ReferralEventType.of(event);
        if (event instanceof ReferralMade e) {
            return new RecordedFact(sequence, type, e.referredOn(), null, null, null, null, recordedAt);
        } else if (event instanceof ReasonableGroundsDecisionRecorded e) {
            return new RecordedFact(sequence, type, e.decidedOn(), e.outcome(), null, null, null, recordedAt);
        } else if (event instanceof ConclusiveGroundsDecisionRecorded e) {
            return new RecordedFact(sequence, type, e.decidedOn(), e.outcome(), null, null, null, recordedAt);
        } else if (event instanceof ReconsiderationRequested e) {
            return new RecordedFact(sequence, type, e.requestedOn(), null, e.stage(), null, null, recordedAt);
        } else if (event instanceof SupportStarted e) {
            return new RecordedFact(sequence, type, e.startedOn(), null, null, e.kind(), null, recordedAt);
        } else if (event instanceof SupportEnded e) {
            return new RecordedFact(sequence, type, e.endedOn(), null, null, null, e.reason(), recordedAt);
        } else if (event instanceof ReferralWithdrawn e) {
            return new RecordedFact(sequence, type, e.withdrawnOn(), null, null, null, null, recordedAt);
        }
        throw new IllegalArgumentException("Not a referral event: " + event.getClass().getSimpleName());
    }

    /** The event metadata key naming the organisation whose caller recorded the event. */
    public static final String ORGANISATION = "organisation";

    /**
     * The record after {@code event}; {@code current} is null before the referral is known.
     *
     * @param organisation the event's {@code organisation} metadata; only a {@code REFERRED} event's counts
     */
    public static ReferralRecord apply(ReferralRecord current, ReferralEvent event, long sequence, Instant recordedAt,
                                       String organisation) {
        RecordedFact fact = factOf(event, sequence, recordedAt);
        if (event instanceof ReferralMade made) {
            List<RecordedFact> later = current == null ? List.of() : current.events();
            return attributesOf(made, organisation, withFact(later, fact));
        }
        if (current == null) {
            throw new IllegalStateException("An event of referral " + event.referralId()
                    + " arrived before the referral itself");
        }
        return new ReferralRecord(current.referralId(), current.organisation(), current.referredOn(), current.jurisdiction(),
                current.firstResponderType(), current.subjectRef(), current.ageAtExploitation(), current.gender(),
                current.nationalities(), current.exploitationTypes(), current.exploitationLocation(),
                current.countyLines(), withFact(current.events(), fact));
    }

    private static ReferralRecord attributesOf(ReferralMade made, String organisation, List<RecordedFact> events) {
        return new ReferralRecord(made.referralId().toString(), organisation, made.referredOn(), made.jurisdiction(),
                made.firstResponder().type(), made.survivor().subjectRef(), made.survivor().ageAtExploitation(),
                made.survivor().gender(), made.survivor().nationalities(), made.exploitation().types(),
                made.exploitation().location(), made.exploitation().countyLines(), events);
    }

    private static List<RecordedFact> withFact(List<RecordedFact> events, RecordedFact fact) {
        if (events.stream().anyMatch(e -> e.sequence() == fact.sequence())) {
            return events; // delivered again: already applied
        }
        List<RecordedFact> updated = new ArrayList<>(events);
        updated.add(fact);
        updated.sort(Comparator.comparingLong(RecordedFact::sequence));
        return updated;
    }

    private ReferralRecordFolding() {
    }
}
