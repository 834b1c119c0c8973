package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

/** Reads events exactly as stored, for audit; by exact keys like the engine itself. */
public final class StoredEvents {

    private static final int BATCH = 200;

    private final MongoCollection<Document> commits;

    public StoredEvents(MongoDatabase database) {
        this.commits = database.getCollection("events");
    }

    /** One stream, oldest first. */
    public List<StoredEvent> streamOf(String aggregateId) {
        List<StoredEvent> stream = new ArrayList<>();
        while (true) {
            // continue after the last sequence seen, so a missing event does not repeat the rest
            long from = stream.isEmpty() ? 0 : stream.get(stream.size() - 1).sequence() + 1;
            List<String> keys = LongStream.range(from, from + BATCH)
                    .mapToObj(seq -> CommitFields.streamKey(aggregateId, seq)).toList();
            List<StoredEvent> batch = new ArrayList<>();
            for (Document commit : commits.find(Filters.in(CommitFields.FIRST_KEY, keys))) {
                commit.getList(CommitFields.EVENTS, Document.class).forEach(e -> batch.add(StoredEvent.of(commit, e)));
            }
            if (batch.isEmpty()) {
                return stream;
            }
            batch.sort(Comparator.comparingLong(StoredEvent::sequence));
            stream.addAll(batch);
        }
    }
}
