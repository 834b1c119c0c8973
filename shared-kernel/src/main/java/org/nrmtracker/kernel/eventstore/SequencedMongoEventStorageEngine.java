package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Axon event storage on MongoDB with a gap-aware global sequence, built the way Axon's
 * {@code JdbcEventStorageEngine} is (docs/architecture.md, "The event store").
 * <ul>
 * <li>Each commit of a stream is one document, so it is stored atomically; a unique
 * {@code firstKey} (aggregate id, first sequence number) rejects a second writer at the same
 * position, which Axon reports as a {@code ConcurrencyException}.</li>
 * <li>Each event gets a global index from {@link GlobalSequence}; tracking uses
 * {@link GapAwareTrackingToken}, so an index reserved by a commit that is still in flight is a gap
 * that is waited for, and given up only once its writer can no longer commit (see
 * {@link GapExpiry}).</li>
 * <li>Every read is an exact-key or {@code $in} lookup, the only queries the embedded server
 * answers from an index.</li>
 * </ul>
 */
public class SequencedMongoEventStorageEngine extends BatchingEventStorageEngine {

    /** The collection of the global sequence's counter (after the engine's collection prefix). */
    public static final String SEQUENCES = "sequences";

    /**
     * How many of the newest indexes a head token vouches for: those among them not stored yet are its gaps; of older
     * indexes it says nothing (a reservation whose commit failed leaves a gap there for good).
     */
    public static final int HEAD_GAPS_WINDOW = 100;

    /** Readers give a gap up after this many commit timeouts (docs/consistency.md, "The commit deadline ..."). */
    public static final int GAP_TIMEOUT_FACTOR = 6;

    /**
     * What setting up the store at start (its indexes, its counter) may take: without a primary the application
     * fails to start after it, with the reason, instead of waiting for one (docs/consistency.md).
     */
    static final Duration SET_UP_DEADLINE = Duration.ofSeconds(30);

    /** Stream positions asked for in a first read of an aggregate; more are asked for while the stream goes on. */
    private static final int FIRST_WINDOW = 8;

    private final MongoCollection<Document> commits;
    private final SnapshotDocuments snapshots;
    private final GlobalSequence sequence;
    private final CommitWriter writer;
    private final GapExpiry gapExpiry;
    private final int maxGapOffset;

    protected SequencedMongoEventStorageEngine(EngineBuilder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.commits = database.getCollection(builder.collectionPrefix + "events");
        this.snapshots = new SnapshotDocuments(database.getCollection(builder.collectionPrefix + "snapshots"));
        this.sequence = new GlobalSequence(database.getCollection(builder.collectionPrefix + SEQUENCES)
                .withTimeout(SET_UP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        this.writer = new CommitWriter(commits, sequence, new ChainHeads(commits, builder.chainHeadCapacity),
                builder.clock, builder.commitTimeout);
        this.gapExpiry = new GapExpiry(commits, builder.clock, builder.commitTimeout.multipliedBy(GAP_TIMEOUT_FACTOR));
        this.maxGapOffset = builder.maxGapOffset;
        MongoCollection<Document> settingUp = commits.withTimeout(SET_UP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        StoreIndexes.ensure(settingUp);
        sequence.catchUpWith(settingUp);
    }

    public static EngineBuilder builder() {
        return new EngineBuilder();
    }

    /** One commit per stream and command, all stored with one server round trip: see {@link CommitWriter}. */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        writer.append(events, serializer, this::handlePersistenceException);
    }

    /**
     * Up to {@code batchSize} events of the stream from {@code firstSequenceNumber}, by exact keys. Every key of an
     * {@code $in} is an index lookup on the embedded server, and most streams are short (a new one is empty), so
     * this asks for a few positions first and for more only while the stream goes on.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<DomainEventData<?>> contiguous = new ArrayList<>();
        long expected = firstSequenceNumber;
        int window = Math.min(FIRST_WINDOW, batchSize);
        while (contiguous.size() < batchSize) {
            long windowEnd = expected + window;
            for (StoredEvent event : eventsOfCommitsStartingIn(aggregateIdentifier, expected, windowEnd)) {
                if (event.sequence() != expected) {
                    break; // a snapshot may start the stream later; never skip over a hole in it
                }
                contiguous.add(event.toDomainEventData());
                expected++;
            }
            if (expected < windowEnd) {
                break; // a position the window asked for is not stored: the stream ends there
            }
            window = Math.min(batchSize, window * 4);
        }
        return contiguous;
    }

    private List<StoredEvent> eventsOfCommitsStartingIn(String aggregateIdentifier, long from, long to) {
        List<String> keys = LongStream.range(from, to)
                .mapToObj(seq -> CommitFields.streamKey(aggregateIdentifier, seq)).toList();
        List<StoredEvent> events = new ArrayList<>();
        for (Document commit : commits.find(Filters.in(CommitFields.FIRST_KEY, keys))) {
            StoredEvent.allOf(commit).stream()
                    .filter(event -> event.sequence() >= from)
                    .forEach(events::add);
        }
        events.sort(Comparator.comparingLong(StoredEvent::sequence));
        return events;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = gapExpiry.apply(startingFrom(lastToken));
        List<Long> ids = new ArrayList<>(token.getGaps());
        long from = token.getIndex() + 1;
        LongStream.range(from, from + batchSize).forEach(ids::add);
        List<Document> found = commitsWithIds(ids);
        if (found.isEmpty()) {
            // Nothing in this window, but the counter is further on: a large commit (stored under
            // its last index) or a run of failed reservations. Walk on until something is stored.
            long lastReserved = sequence.lastReserved();
            while (found.isEmpty() && from + batchSize <= lastReserved) {
                from += batchSize;
                found = commitsWithIds(LongStream.range(from, from + batchSize).boxed().toList());
            }
        }
        return TrackedBatch.of(found, token, gapExpiry, maxGapOffset);
    }

    private GapAwareTrackingToken startingFrom(TrackingToken token) {
        if (token == null) {
            return GapAwareTrackingToken.newInstance(GlobalSequence.FIRST_INDEX - 1, Set.of());
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("Token " + token + " is not a GapAwareTrackingToken");
    }

    private List<Document> commitsWithIds(List<Long> ids) {
        return commits.find(Filters.in(CommitFields.ID, ids)).into(new ArrayList<>());
    }

    @Override
    public TrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(GlobalSequence.FIRST_INDEX - 1, Set.of());
    }

    /**
     * At the newest stored commit; recent indexes below it that are not stored yet are gaps, so a
     * commit still in flight is not skipped by a processor that starts at the head.
     */
    @Override
    public TrackingToken createHeadToken() {
        long head = sequence.lastReserved();
        long from = Math.max(GlobalSequence.FIRST_INDEX, head - (HEAD_GAPS_WINDOW - 1));
        Set<Long> missing = new TreeSet<>(LongStream.rangeClosed(from, head).boxed().toList());
        long newestStored = from - 1;
        for (Document commit : commitsWithIds(LongStream.rangeClosed(from, head).boxed().toList())) {
            long last = commit.get(CommitFields.ID, Number.class).longValue();
            LongStream.rangeClosed(commit.get(CommitFields.FIRST_INDEX, Number.class).longValue(), last)
                    .forEach(missing::remove);
            newestStored = Math.max(newestStored, last);
        }
        long index = newestStored;
        return GapAwareTrackingToken.newInstance(index, missing.stream().filter(gap -> gap < index).toList());
    }

    /**
     * The highest global position at or below which every event that will ever be stored is stored now: the head,
     * or just below the lowest index under it that a commit still in flight could yet fill (a hole a failed writer
     * left counts until it can no longer be filled, as for the trackers). What a reader of the store itself may
     * promise about its answer (docs/api.md §1, {@code NRM-Position}).
     */
    public long completePosition() {
        GapAwareTrackingToken head = gapExpiry.apply((GapAwareTrackingToken) createHeadToken());
        return head.hasGaps() ? head.getGaps().first() - 1 : head.getIndex();
    }

    /**
     * Before the first commit recorded at or after {@code dateTime}; a range query without an index (a scan on
     * MongoDB too), so for rare, deliberate use: nothing in the applications calls it.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = commits.find(Filters.gte(CommitFields.RECORDED_AT, Date.from(dateTime)))
                .sort(Sorts.ascending(CommitFields.ID)).limit(1).first();
        return first == null ? createHeadToken()
                : GapAwareTrackingToken.newInstance(first.get(CommitFields.FIRST_INDEX, Number.class).longValue() - 1,
                Set.of());
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.read(aggregateIdentifier);
    }
}
