package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

/**
 * Reads events exactly as stored, for audit: one stream, or the global stream in recording order.
 * By exact keys and {@code $in}, like the engine itself (docs/decisions.md, "The embedded server and its traps").
 * A stored field of the wrong type (a hand edit) never fails a read: its event comes back with
 * {@link StoredEvent#unreadable()} saying what is wrong, so that audit reads can report it.
 */
public final class StoredEvents {

    private static final int BATCH = 200;
    /** Global indexes asked for in one {@code $in}: the embedded server answers 1,000 in 11-65 ms. */
    private static final int BLOCK = 500;
    /** First keys asked for at a time when looking for the commit that holds one event. */
    private static final int POSITION_WINDOW = 16;
    // the counter document GlobalSequence keeps; read here, never written
    private static final String COUNTER_ID = "events";
    private static final String LAST_RESERVED = "lastReserved";

    private record Found(StoredEvent event, Date reservedAt) {
    }

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> counters;

    public StoredEvents(MongoDatabase database) {
        this.commits = database.getCollection("events");
        this.counters = database.getCollection("sequences");
    }

    /**
     * The highest global position handed out so far (0 before the first event). Every position up
     * to it holds a stored event, belongs to a commit still in flight, or is a hole left by a
     * writer that failed.
     */
    public long lastPosition() {
        Document counter = counters.find(Filters.eq(CommitFields.ID, COUNTER_ID)).first();
        return counter == null ? 0 : counter.get(LAST_RESERVED, Number.class).longValue();
    }

    /**
     * Up to {@code max} events recorded after global position {@code position}, in recording
     * order, passing over holes: the global stream read in blocks of exact {@code _id}s up to
     * {@link #lastPosition()}, never with a range query. Pass the last event's
     * {@link StoredEvent#globalIndex()} to continue; a commit split between two answers is
     * continued, not repeated.
     */
    public List<StoredEvent> after(long position, int max) {
        return after(position, max, null);
    }

    /**
     * As {@link #after(long, int)}, but stops before the first hole that a commit still in flight
     * could yet fill, so that a reader continuing from the last position never misses it. A hole
     * is settled when the commit stored after it was reserved before {@code settledBefore}: the
     * indexes below it were reserved even earlier, and a writer that is later than the engine's
     * commit timeout refuses to commit (readers use 6 × that timeout, 60 s by default).
     *
     * @param settledBefore null to pass over every hole
     */
    public List<StoredEvent> after(long position, int max, Instant settledBefore) {
        if (position < 0 || max < 1) {
            throw new IllegalArgumentException("Positions start at 0 and at least one event must be asked for.");
        }
        long last = lastPosition();
        List<StoredEvent> events = new ArrayList<>();
        long expected = position + 1;
        for (long from = position + 1; from <= last; from += BLOCK) {
            for (Found found : commitsIn(from, Math.min(from + BLOCK - 1, last), position)) {
                boolean afterHole = found.event().globalIndex() != expected;
                if (afterHole && settledBefore != null && found.reservedAt() != null
                        && !found.reservedAt().toInstant().isBefore(settledBefore)) {
                    return events;
                }
                events.add(found.event());
                expected = found.event().globalIndex() + 1;
                if (events.size() == max) {
                    return events;
                }
            }
        }
        return events;
    }

    /**
     * The events after {@code position} of the commits stored under {@code _id}s {@code from..to}, in
     * index order. A commit is stored under its last index, so one that began in an earlier block
     * is found here, and one that ends in a later block has no events below this block's.
     */
    private List<Found> commitsIn(long from, long to, long position) {
        List<Long> ids = LongStream.rangeClosed(from, to).boxed().toList();
        List<Found> found = new ArrayList<>();
        for (Document commit : commits.find(Filters.in(CommitFields.ID, ids))) {
            Date reservedAt = StoredEvent.reservedAtOf(commit);
            for (StoredEvent stored : StoredEvent.allOf(commit)) {
                if (stored.globalIndex() > position) {
                    found.add(new Found(stored, reservedAt));
                }
            }
        }
        found.sort(Comparator.comparingLong(f -> f.event().globalIndex()));
        return found;
    }

    /**
     * The global position of the event stored at {@code sequence} of the stream, as {@link #after} numbers it; empty
     * when no such event is stored. Exact keys only: the commit that holds it starts at that sequence (a command's
     * single event, its usual commit) or a few before it, so windows of first keys are looked up, nearest first.
     */
    public OptionalLong positionOf(String aggregateId, long sequence) {
        for (long to = sequence; to >= 0; to -= POSITION_WINDOW) {
            List<String> keys = LongStream.rangeClosed(Math.max(0, to - POSITION_WINDOW + 1), to)
                    .mapToObj(seq -> CommitFields.streamKey(aggregateId, seq)).toList();
            for (Document commit : commits.find(Filters.in(CommitFields.FIRST_KEY, keys))) {
                for (StoredEvent event : StoredEvent.allOf(commit)) {
                    if (event.sequence() == sequence) {
                        return OptionalLong.of(event.globalIndex());
                    }
                }
            }
        }
        return OptionalLong.empty();
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
                batch.addAll(StoredEvent.allOf(commit));
            }
            if (batch.isEmpty()) {
                return stream;
            }
            batch.sort(Comparator.comparingLong(StoredEvent::sequence));
            stream.addAll(batch);
        }
    }
}
