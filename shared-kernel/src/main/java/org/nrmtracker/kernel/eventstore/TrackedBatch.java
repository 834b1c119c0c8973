package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns fetched commits into tracked events in index order, each with the token after it, up to the first event
 * that cannot be read ({@link UnreadableStoredEvent} when it is the first): a processor stops there, never skips it.
 */
final class TrackedBatch {

    private record Found(StoredEvent event, Document commit) {
    }

    static List<TrackedEventData<?>> of(List<Document> commits, GapAwareTrackingToken token, GapExpiry gapExpiry,
                                        int maxGapOffset) {
        List<Found> found = new ArrayList<>();
        for (Document commit : commits) {
            for (StoredEvent stored : StoredEvent.allOf(commit)) {
                // the part of a commit a token already passed (it stopped mid-commit) is not new
                if (stored.globalIndex() > token.getIndex() || token.getGaps().contains(stored.globalIndex())) {
                    found.add(new Found(stored, commit));
                }
            }
        }
        found.sort(Comparator.comparingLong(f -> f.event().globalIndex()));
        List<TrackedEventData<?>> tracked = new ArrayList<>(found.size());
        GapAwareTrackingToken current = token;
        for (Found f : found) {
            if (!f.event().readable()) {
                // stop before it: the events before it are delivered, and the next fetch starts at it and fails
                if (tracked.isEmpty()) {
                    throw new UnreadableStoredEvent(f.event());
                }
                break;
            }
            // Like Axon's JDBC engine: reaching an old commit means nothing below it can still arrive
            boolean keepGaps = !gapExpiry.isPastTimeout(StoredEvent.reservedAtOf(f.commit()));
            current = current.advanceTo(f.event().globalIndex(), keepGaps ? maxGapOffset : 0);
            tracked.add(new TrackedDomainEventData<>(current, f.event().toDomainEventData()));
        }
        return tracked;
    }

    private TrackedBatch() {
    }
}
