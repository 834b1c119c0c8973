package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.referral.CorrectedHistory;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecordEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A timeline's {@code events} (docs/api.md §4.1): every event recorded, but the corrections and retractions
 * themselves, in sequence order, each as in effect and marked with what amended it; retracted ones are listed
 * (with {@code retractedBy}) though nothing is computed from them. Events dated after {@code asOf} are left out.
 */
final class TimelineEvents {

    static List<TimelineEvent> of(ReferralRecord recorded, LocalDate asOf) {
        List<CorrectedHistory.Entry<ReferralRecordEvent>> entries = CorrectedHistory.of(recorded.events()).entries();
        List<TimelineEvent> events = new ArrayList<>(entries.size());
        for (CorrectedHistory.Entry<ReferralRecordEvent> entry : entries) {
            if (!dateOf(entry).isAfter(asOf)) {
                events.add(TimelineEvent.of(entry));
            }
        }
        return Collections.unmodifiableList(events);
    }

    /** The business date of the event as in effect. */
    static LocalDate dateOf(CorrectedHistory.Entry<ReferralRecordEvent> entry) {
        return ReferralRecordEvent.dateOf(entry.event());
    }

    private TimelineEvents() {
    }
}
