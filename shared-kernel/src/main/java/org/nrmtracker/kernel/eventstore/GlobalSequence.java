package org.nrmtracker.kernel.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * The global sequence: a counter document that hands out blocks of consecutive event indexes.
 * <p>
 * It returns the document as it was <em>before</em> the increment and adds the increment itself:
 * the embedded server encodes the AFTER document outside its collection lock and hands out
 * duplicates under load (see docs/decisions.md, "The embedded server and its traps"); BEFORE is exact on both servers.
 */
final class GlobalSequence {

    static final long FIRST_INDEX = 1;
    private static final String COUNTER_ID = "events";
    private static final String LAST_RESERVED = "lastReserved";
    /** Positions probed at a time above the counter for commits it does not account for. */
    private static final int PROBE = 1_000;

    private final MongoCollection<Document> counters;

    GlobalSequence(MongoCollection<Document> counters) {
        this.counters = counters;
        try {
            counters.insertOne(new Document("_id", COUNTER_ID).append(LAST_RESERVED, FIRST_INDEX - 1));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** Reserves {@code count} consecutive indexes and returns the first of them; given up after {@code deadline}. */
    long reserve(int count, Duration deadline) {
        Document before = counters.withTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).findOneAndUpdate(
                Filters.eq("_id", COUNTER_ID), Updates.inc(LAST_RESERVED, (long) count),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (before == null) {
            throw new IllegalStateException("The global sequence counter document is missing");
        }
        return before.get(LAST_RESERVED, Number.class).longValue() + 1;
    }

    /** The highest index handed out so far (its commit may still be in flight, or may have failed). */
    long lastReserved() {
        Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
        return counter == null ? FIRST_INDEX - 1 : counter.get(LAST_RESERVED, Number.class).longValue();
    }

    /**
     * Moves the counter past every commit stored above it, so that it never hands out a position already taken or
     * one below where the trackers are (a counter restored from an older backup than the events). Walks up from
     * the counter in blocks of exact {@code _id}s until a block holds none; returns whether it moved.
     */
    boolean catchUpWith(MongoCollection<Document> commits) {
        long counter = lastReserved();
        long highest = counter;
        for (long from = counter + 1; ; from += PROBE) {
            List<Long> ids = LongStream.range(from, from + PROBE).boxed().toList();
            long highestInBlock = highest;
            for (Document commit : commits.find(Filters.in(CommitFields.ID, ids))
                    .projection(Projections.include(CommitFields.ID))) {
                highestInBlock = Math.max(highestInBlock, commit.get(CommitFields.ID, Number.class).longValue());
            }
            if (highestInBlock == highest) {
                break;
            }
            highest = highestInBlock;
        }
        if (highest == counter) {
            return false;
        }
        counters.updateOne(Filters.eq("_id", COUNTER_ID), Updates.max(LAST_RESERVED, highest));
        return true;
    }
}
