package org.nrmtracker.query.referral;

import org.nrmtracker.kernel.referral.CorrectedHistory;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.SealedText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How one event changes what the read side knows of a referral: a {@link ReferralMade} gives its attributes, and
 * every event, that one included, is kept as recorded. Applying an event twice, or applying the referral's events
 * in another order, gives the same record: projections are replayed, and at-least-once delivery is the norm
 * without transactions.
 */
public final class ReferralRecordFolding {

    /** The event metadata key naming the organisation whose caller recorded the event. */
    public static final String ORGANISATION = "organisation";

    /**
     * The record after {@code event}; {@code current} is null before the referral is known.
     *
     * @param organisation the event's {@code organisation} metadata; only a {@code REFERRED} event's counts
     */
    public static ReferralRecord apply(ReferralRecord current, ReferralEvent event, long sequence, Instant recordedAt,
                                       String organisation) {
        ReferralRecordEvent recorded = new ReferralRecordEvent(sequence, recordedAt, event);
        if (event instanceof ReferralMade made) {
            List<ReferralRecordEvent> later = current == null ? List.of() : current.events();
            return attributesOf(made, organisation, with(later, recorded));
        }
        if (current == null) {
            throw new IllegalStateException("An event of referral " + event.referralId()
                    + " arrived before the referral itself");
        }
        return new ReferralRecord(current.referralId(), current.organisation(), current.referredOn(), current.jurisdiction(),
                current.firstResponderType(), current.subjectRef(), current.ageAtExploitation(), current.gender(),
                current.nationalities(), current.exploitationTypes(), current.exploitationLocation(),
                current.countyLines(), with(current.events(), recorded));
    }

    /** See {@link ReferralRecord#corrected()}: the kernel's {@link CorrectedHistory} applied to a record. */
    static ReferralRecord corrected(ReferralRecord record) {
        if (!record.amended()) {
            return record;
        }
        CorrectedHistory<ReferralRecordEvent> history = CorrectedHistory.of(record.events());
        List<ReferralRecordEvent> effective = new ArrayList<>();
        for (CorrectedHistory.Entry<ReferralRecordEvent> entry : history.effective()) {
            effective.add(entry.correctedBy() == null ? entry.recorded()
                    : new ReferralRecordEvent(entry.sequence(), entry.recorded().recordedAt(), entry.event()));
        }
        ReferralEvent referral = history.original(0).map(CorrectedHistory.Entry::event).orElse(null);
        if (referral instanceof ReferralMade made) {
            return attributesOf(made, record.organisation(), effective);
        }
        return new ReferralRecord(record.referralId(), record.organisation(), record.referredOn(),
                record.jurisdiction(), record.firstResponderType(), record.subjectRef(), record.ageAtExploitation(),
                record.gender(), record.nationalities(), record.exploitationTypes(), record.exploitationLocation(),
                record.countyLines(), effective);
    }

    /** The record a {@link ReferralMade} starts, before any other event: what a document's attributes are written from. */
    static ReferralRecord attributesOf(ReferralMade made, String organisation) {
        return attributesOf(made, organisation, List.of());
    }

    private static ReferralRecord attributesOf(ReferralMade made, String organisation,
                                               List<ReferralRecordEvent> events) {
        return new ReferralRecord(made.referralId().toString(), organisation, made.referredOn(), made.jurisdiction(),
                made.firstResponder().type(), sealedSubjectRef(made), made.survivor().ageAtExploitation(),
                made.survivor().gender(), made.survivor().nationalities(), made.exploitation().types(),
                made.exploitation().location(), made.exploitation().countyLines(), events);
    }

    /** Only the sealed form is kept, in memory as in {@code referral_records} (docs/personal-data.md). */
    private static String sealedSubjectRef(ReferralMade made) {
        SealedText sealed = made.survivor().sealedSubjectRef();
        return sealed == null ? null : sealed.token();
    }

    private static List<ReferralRecordEvent> with(List<ReferralRecordEvent> events, ReferralRecordEvent recorded) {
        if (events.stream().anyMatch(e -> e.sequence() == recorded.sequence())) {
            return events; // delivered again: already applied
        }
        List<ReferralRecordEvent> updated = new ArrayList<>(events);
        updated.add(recorded);
        updated.sort(Comparator.comparingLong(ReferralRecordEvent::sequence));
        return updated;
    }

    private ReferralRecordFolding() {
    }
}
