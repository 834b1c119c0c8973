package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.nrmtracker.kernel.integrity.HashChain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hash of each stream's latest event, needed to chain the next commit. Remembered for recently
 * written streams; otherwise read by exact key ({@code lastKey}) from the commit that ends there.
 * A remembered head is always right when its sequence matches: a stream position is written once.
 */
final class ChainHeads {

    private record Head(long sequence, String hash) {
    }

    private final MongoCollection<Document> commits;
    private final Map<String, Head> recent;

    ChainHeads(MongoCollection<Document> commits, int capacity) {
        this.commits = commits;
        this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The hash the event at {@code sequence} chains to: the one of {@code sequence - 1}, or the genesis. */
    String previousHash(String aggregateId, long sequence) {
        if (sequence == 0) {
            return HashChain.GENESIS;
        }
        synchronized (recent) {
            Head head = recent.get(aggregateId);
            if (head != null && head.sequence() == sequence - 1) {
                return head.hash();
            }
        }
        Document commit = commits.find(Filters.eq(CommitFields.LAST_KEY, CommitFields.streamKey(aggregateId, sequence - 1)))
                .first();
        if (commit == null) {
            throw new IllegalStateException("Stream " + aggregateId + " has no event at sequence " + (sequence - 1)
                    + " to chain sequence " + sequence + " to");
        }
        List<Document> events = commit.getList(CommitFields.EVENTS, Document.class);
        return events.get(events.size() - 1).getString(CommitFields.HASH);
    }

    void stored(String aggregateId, long sequence, String hash) {
        synchronized (recent) {
            recent.put(aggregateId, new Head(sequence, hash));
        }
    }

    void forget(String aggregateId) {
        synchronized (recent) {
            recent.remove(aggregateId);
        }
    }
}
