package org.nrmtracker.command.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Idempotency keys in MongoDB, so they survive restarts and are shared by every command-side node.
 * A key is claimed by inserting its document (unique {@code _id}) before the request runs, which
 * makes two concurrent requests with one key safe: only one of them runs.
 * <p>
 * A key whose request ended with an unknown outcome (docs/consistency.md, "Unknown outcomes") is kept, marked so:
 * the same request under it runs again and finds its event recorded or records it, so the key ends with the real
 * outcome; it is never freed as if nothing had been stored.
 */
@Component
class IdempotencyKeys {

    /** A claim older than this belongs to a request that died mid-way; a retry may take it over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    /** Every read and write of a key is given up after this (no primary, no majority): the request then fails. */
    static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Duration SWEEP_DEADLINE = Duration.ofMinutes(10);
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";
    /** Marks a claim that took over a key with an unknown outcome: if it ends without one either, the key stays so. */
    private static final String AFTER_UNKNOWN_OUTCOME = "afterUnknownOutcome";
    /**
     * The insert's duplicate-key error comes from the primary's data, the read that follows from the majority's: a
     * claim not yet majority-committed is refused but not readable. Tried this often, then answered as in progress.
     */
    private static final int CLAIM_ATTEMPTS = 3;

    private final MongoCollection<Document> keys;
    private final StoredAnswers answers;
    private final Clock clock;

    IdempotencyKeys(MongoDatabase database, StoredAnswers answers, Clock clock) {
        this.keys = database.getCollection("idempotency_keys").withTimeout(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        this.answers = answers;
        this.clock = clock;
        // the sweep's range delete reads it on MongoDB (the embedded server keeps no secondary index and scans)
        keys.createIndex(Indexes.ascending("createdAt"));
    }

    /** Claims the key for this request, or returns what is already recorded under it. */
    Optional<KeyRecord> claim(String id, String fingerprint) {
        boolean afterUnknownOutcome = false;
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (insertClaim(id, fingerprint, afterUnknownOutcome)) {
                return Optional.empty();
            }
            Document existing = keys.find(Filters.eq("_id", id)).first();
            if (existing == null) {
                continue; // swept between our insert and our read, or not yet readable: try again
            }
            KeyRecord record = KeyRecord.of(existing, answers);
            boolean unknown = OUTCOME_UNKNOWN.equals(existing.getString("state"))
                    && record.fingerprint().equals(fingerprint);
            boolean abandoned = IN_PROGRESS.equals(existing.getString("state"))
                    && record.createdAt().plus(ABANDONED_AFTER).isBefore(clock.instant());
            if (!unknown && !abandoned) {
                return Optional.of(record);
            }
            // take it over: only one of several retries deletes this very claim
            keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", existing.getString("state")),
                    Filters.eq("createdAt", existing.getDate("createdAt"))));
            afterUnknownOutcome = unknown || existing.getBoolean(AFTER_UNKNOWN_OUTCOME, false);
        }
        return Optional.of(KeyRecord.of(new Document("fingerprint", fingerprint).append("state", IN_PROGRESS)
                .append("createdAt", Date.from(clock.instant())), answers));
    }

    private boolean insertClaim(String id, String fingerprint, boolean afterUnknownOutcome) {
        Document claim = new Document("_id", id).append("fingerprint", fingerprint).append("state", IN_PROGRESS)
                .append("createdAt", Date.from(clock.instant()));
        if (afterUnknownOutcome) {
            claim.append(AFTER_UNKNOWN_OUTCOME, true);
        }
        try {
            keys.insertOne(claim);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    void complete(String id, int status, String contentType, String location, String body) {
        keys.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("state", "COMPLETED"),
                Updates.set("status", status), Updates.set("contentType", contentType),
                Updates.set("location", location), Updates.set("body", answers.seal(body))));
    }

    /**
     * The request ended without an answer worth keeping (a server error, a concurrent change to send again): free the
     * key so that a retry runs again, unless an earlier attempt under it has an unknown outcome, which stays.
     */
    void release(String id) {
        if (keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.ne(AFTER_UNKNOWN_OUTCOME, true)))
                .getDeletedCount() == 0) {
            outcomeUnknown(id);
        }
    }

    /** The request's events may or may not be stored: keep the key, so that a retry under it finds out which. */
    void outcomeUnknown(String id) {
        keys.updateOne(Filters.eq("_id", id), Updates.set("state", OUTCOME_UNKNOWN));
    }

    /** A sweep may take longer than one request's deadline: on the embedded server it reads every key. */
    long deleteOlderThan(Duration retention) {
        return keys.withTimeout(SWEEP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                .deleteMany(Filters.lt("createdAt", Date.from(clock.instant().minus(retention)))).getDeletedCount();
    }
}
