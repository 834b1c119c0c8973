package org.nrmtracker.kernel.referral;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A referral's recorded events folded into the history in effect (docs/api.md §2): each original event with the
 * latest correction of it applied, retracted events left out, and nothing at all once the referral itself
 * (sequence 0) is retracted. The one home of that fold: the write side checks its rules on it, the read side
 * computes timelines, lists and statistics from it.
 * <p>
 * Amendments the write side would refuse (of an unknown event, of an amendment, of an erasure of personal data,
 * with a replacement of another type, or a correction after a retraction) change nothing here: an erasure stays in
 * effect whatever follows it.
 *
 * @param <R> how the caller keeps a recorded event (with its recording time, say)
 */
public final class CorrectedHistory<R extends SequencedEvent> {

    /**
     * One original event: as recorded, as in effect, and the amendments that made it so.
     *
     * @param event       the event in effect: the latest correction's replacement, else the original
     * @param correctedBy the latest correction applied, or null
     * @param retractedBy the retraction, or null
     */
    public record Entry<R extends SequencedEvent>(R recorded, ReferralEvent event, R correctedBy, R retractedBy) {

        public long sequence() {
            return recorded.sequence();
        }

        public boolean retracted() {
            return retractedBy != null;
        }
    }

    private final List<Entry<R>> entries;
    private final R referralRetractedBy;

    private CorrectedHistory(List<Entry<R>> entries, R referralRetractedBy) {
        this.entries = entries;
        this.referralRetractedBy = referralRetractedBy;
    }

    /** The fold of {@code recorded}, in any order. */
    public static <R extends SequencedEvent> CorrectedHistory<R> of(Collection<R> recorded) {
        List<R> inOrder = new ArrayList<>(recorded);
        inOrder.sort(Comparator.comparingLong(SequencedEvent::sequence));
        Map<Long, R> originals = new LinkedHashMap<>();
        Map<Long, R> corrections = new HashMap<>();
        Map<Long, R> retractions = new HashMap<>();
        for (R r : inOrder) {
            if (!(r.event() instanceof Amendment amendment)) {
                originals.putIfAbsent(r.sequence(), r);
                continue;
            }
            R original = originals.get(amendment.target());
            if (original == null || retractions.containsKey(amendment.target())
                    || original.event() instanceof PersonalDataErased) { // an erasure is final
                continue;
            }
            if (amendment instanceof EventRetracted) {
                retractions.put(amendment.target(), r);
            } else if (amendment instanceof EventCorrected correction
                    && correction.replacement().getClass() == original.event().getClass()) {
                corrections.put(amendment.target(), r); // in sequence order: the latest wins
            }
        }
        List<Entry<R>> entries = new ArrayList<>(originals.size());
        for (R original : originals.values()) {
            R correctedBy = corrections.get(original.sequence());
            ReferralEvent event = correctedBy == null ? original.event()
                    : ((EventCorrected) correctedBy.event()).replacement();
            entries.add(new Entry<>(original, event, correctedBy, retractions.get(original.sequence())));
        }
        return new CorrectedHistory<>(Collections.unmodifiableList(entries), retractions.get(0L));
    }

    /** Whether any of {@code recorded} is a correction or retraction: without one, the history is as recorded. */
    public static boolean anyAmendment(Collection<? extends SequencedEvent> recorded) {
        for (SequencedEvent r : recorded) {
            if (r.event() instanceof Amendment) {
                return true;
            }
        }
        return false;
    }

    /** Every original event (amendments are not among them), in sequence order, retracted ones included. */
    public List<Entry<R>> entries() {
        return entries;
    }

    /** The events in effect, in sequence order: none once the referral is retracted. */
    public List<Entry<R>> effective() {
        if (referralRetracted()) {
            return List.of();
        }
        return entries.stream().filter(e -> !e.retracted()).toList();
    }

    public List<ReferralEvent> effectiveEvents() {
        return effective().stream().map(Entry::event).toList();
    }

    /** Whether sequence 0 was retracted: the referral is treated as never made. */
    public boolean referralRetracted() {
        return referralRetractedBy != null;
    }

    /** The original event at {@code sequence}, if there is one (amendments are not originals). */
    public Optional<Entry<R>> original(long sequence) {
        return entries.stream().filter(e -> e.sequence() == sequence).findFirst();
    }
}
