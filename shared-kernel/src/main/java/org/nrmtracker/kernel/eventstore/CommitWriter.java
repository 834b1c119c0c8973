package org.nrmtracker.kernel.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Stores the commits of one unit of work (see {@link CommitPlan}): one reservation of global indexes for all of
 * them and, when there are several (a batch of import lines), one {@code insertMany}, so that the embedded server
 * writes to disk once rather than once per commit. Each commit is still its own document, atomic on its own.
 * <p>
 * An ordered {@code insertMany} that fails part-way keeps the commits before the failing one (see
 * notes/embedded-mongodb.md): those are complete and correctly chained, and the caller, told that the unit of
 * work failed, meets them as already recorded when it tries again.
 */
final class CommitWriter {

    /** The engine's test seam, run after the indexes are reserved and before the commits are inserted. */
    interface BeforeInsert {
        void run(long firstIndex, long lastIndex);
    }

    private final MongoCollection<Document> commits;
    private final GlobalSequence sequence;
    private final ChainHeads chainHeads;
    private final Clock clock;
    private final Duration commitTimeout;

    CommitWriter(MongoCollection<Document> commits, GlobalSequence sequence, ChainHeads chainHeads, Clock clock,
                 Duration commitTimeout) {
        this.commits = commits;
        this.sequence = sequence;
        this.chainHeads = chainHeads;
        this.clock = clock;
        this.commitTimeout = commitTimeout;
    }

    /**
     * @param failed Axon's translation of a storage failure (a duplicate key becomes a concurrency error); it
     *               always throws
     */
    void append(List<? extends EventMessage<?>> events, Serializer serializer, BeforeInsert beforeInsert,
                BiConsumer<Exception, EventMessage<?>> failed) {
        if (events.isEmpty()) {
            return;
        }
        CommitAssembler assembler = new CommitAssembler(serializer);
        long reservedNanos = System.nanoTime();
        long first = sequence.reserve(events.size());
        Instant reservedAt = clock.instant();
        List<List<EventMessage<?>>> plan = CommitPlan.of(events);
        List<CommitAssembler.Commit> toStore = new ArrayList<>(plan.size());
        Map<String, CommitAssembler.Commit> heads = new HashMap<>(); // each stream's newest commit in this batch
        long next = first;
        for (List<EventMessage<?>> commitEvents : plan) {
            EventMessage<?> firstEvent = commitEvents.get(0);
            String aggregateId = CommitAssembler.aggregateIdOf(firstEvent);
            try {
                String previousHash = previousHash(heads.get(aggregateId), aggregateId,
                        CommitAssembler.sequenceOf(firstEvent));
                CommitAssembler.Commit commit = assembler.assemble(commitEvents, next, reservedAt, previousHash);
                toStore.add(commit);
                heads.put(aggregateId, commit);
            } catch (RuntimeException e) {
                chainHeads.forget(aggregateId);
                heads.keySet().forEach(chainHeads::forget);
                failed.accept(e, firstEvent);
            }
            next += commitEvents.size();
        }
        try {
            beforeInsert.run(first, next - 1);
            refuseLateCommit(reservedNanos);
            insert(toStore);
        } catch (RuntimeException e) {
            // some commits may be stored (a partial insertMany): their heads are read again when next needed
            heads.keySet().forEach(chainHeads::forget);
            failed.accept(e, plan.get(failedCommit(e)).get(0));
        }
        heads.values().forEach(head -> chainHeads.stored(head.aggregateId(), head.lastSequence(), head.lastHash()));
    }

    // a stream written twice in one batch chains its second commit to its first, which is not stored yet
    private String previousHash(CommitAssembler.Commit earlierInBatch, String aggregateId, long sequenceNumber) {
        if (earlierInBatch != null && earlierInBatch.lastSequence() == sequenceNumber - 1) {
            return earlierInBatch.lastHash();
        }
        return chainHeads.previousHash(aggregateId, sequenceNumber);
    }

    // Readers give a gap up after 6 × commitTimeout; a writer that is later than commitTimeout
    // fails instead of committing an event that trackers might already have stopped waiting for.
    private void refuseLateCommit(long reservedNanos) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - reservedNanos);
        if (elapsed.compareTo(commitTimeout) > 0) {
            throw new EventStoreException("The commit took " + elapsed.toMillis()
                    + " ms from reserving its position to storing it; refused so that no tracker misses it. Retry.");
        }
    }

    private void insert(List<CommitAssembler.Commit> toStore) {
        if (toStore.size() == 1) {
            commits.insertOne(toStore.get(0).document());
        } else {
            commits.insertMany(toStore.stream().map(CommitAssembler.Commit::document).toList());
        }
    }

    /** Which commit of the batch the server refused, so that Axon's concurrency error names its stream. */
    private static int failedCommit(RuntimeException e) {
        if (e instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()) {
            return bulk.getWriteErrors().get(0).getIndex();
        }
        return 0;
    }
}
