package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SortedSet;

/**
 * Decides when a gap in a tracking token can no longer be filled.
 * <p>
 * Indexes are reserved in order, so when a stored commit was reserved before
 * {@code now - gapTimeout}, every index below it was reserved even earlier; a writer that has not
 * stored its commit within the commit timeout refuses to store it at all, so those gaps are dead.
 * This holds across nodes as long as clocks differ by less than {@code gapTimeout - commitTimeout}.
 * Checking needs only exact-key lookups: the commit at the token's index and the commits just
 * above the oldest gaps.
 */
final class GapExpiry {

    private static final int GAPS_CHECKED = 100;

    private final MongoCollection<Document> commits;
    private final Clock clock;
    private final Duration gapTimeout;

    GapExpiry(MongoCollection<Document> commits, Clock clock, Duration gapTimeout) {
        this.commits = commits;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    GapAwareTrackingToken apply(GapAwareTrackingToken token) {
        if (!token.hasGaps()) {
            return token;
        }
        List<Long> probes = new ArrayList<>();
        probes.add(token.getIndex());
        token.getGaps().stream().limit(GAPS_CHECKED).map(gap -> gap + 1).forEach(probes::add);
        long deadBelow = Long.MIN_VALUE;
        for (Document commit : commits.find(Filters.in(CommitFields.ID, probes))) {
            // a commit whose fields a hand edit changed proves nothing; reading it stops the tracker (TrackedBatch)
            if (isPastTimeout(StoredEvent.reservedAtOf(commit))
                    && commit.get(CommitFields.FIRST_INDEX) instanceof Number firstIndex) {
                deadBelow = Math.max(deadBelow, firstIndex.longValue());
            }
        }
        if (deadBelow == Long.MIN_VALUE) {
            return token;
        }
        SortedSet<Long> alive = token.getGaps().tailSet(deadBelow);
        return GapAwareTrackingToken.newInstance(token.getIndex(), alive);
    }

    /** Whether a commit reserved at this moment is old enough that nothing below it can still arrive. */
    boolean isPastTimeout(Date reservedAt) {
        return reservedAt != null && reservedAt.toInstant().isBefore(cutoff());
    }

    private Instant cutoff() {
        return clock.instant().minus(gapTimeout);
    }
}
