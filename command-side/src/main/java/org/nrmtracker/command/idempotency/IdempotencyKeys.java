package org.nrmtracker.command.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;

/**
 * Idempotency keys in MongoDB, so they survive restarts and are shared by every command-side node.
 * A key is claimed by inserting its document (unique {@code _id}) before the request runs, which
 * makes two concurrent requests with one key safe: only one of them runs.
 */
@Component
class IdempotencyKeys {

    /** A claim older than this belongs to a request that died mid-way; a retry may take it over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final MongoCollection<Document> keys;
    private final StoredAnswers answers;
    private final Clock clock;

    IdempotencyKeys(MongoDatabase database, StoredAnswers answers, Clock clock) {
        this.keys = database.getCollection("idempotency_keys");
        this.answers = answers;
        this.clock = clock;
    }

    /** Claims the key for this request, or returns what is already recorded under it. */
    Optional<KeyRecord> claim(String id, String fingerprint) {
        Document claim = new Document("_id", id).append("fingerprint", fingerprint).append("state", "IN_PROGRESS")
                .append("createdAt", Date.from(clock.instant()));
        try {
            keys.insertOne(claim);
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(Filters.eq("_id", id)).first();
        if (existing == null) {
            return claim(id, fingerprint); // swept between our insert and our read
        }
        KeyRecord record = KeyRecord.of(existing, answers);
        if (record.inProgress() && record.createdAt().plus(ABANDONED_AFTER).isBefore(clock.instant())
                && keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", "IN_PROGRESS"),
                Filters.eq("createdAt", existing.getDate("createdAt")))).getDeletedCount() == 1) {
            return claim(id, fingerprint);
        }
        return Optional.of(record);
    }

    void complete(String id, int status, String contentType, String location, String body) {
        keys.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("state", "COMPLETED"),
                Updates.set("status", status), Updates.set("contentType", contentType),
                Updates.set("location", location), Updates.set("body", answers.seal(body))));
    }

    /** A server error recorded nothing; free the key so the client's retry runs again. */
    void release(String id) {
        keys.deleteOne(Filters.eq("_id", id));
    }

    long deleteOlderThan(Duration retention) {
        return keys.deleteMany(Filters.lt("createdAt", Date.from(clock.instant().minus(retention)))).getDeletedCount();
    }
}
