package org.nrmtracker.kernel.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Stores the commits of concurrent units of work, gathered by a {@link CommitQueue}: one reservation of global
 * indexes for the whole group and one insert, so that the embedded server writes to disk once per group rather than
 * twice per commit. Each commit is still its own document, atomic on its own, and each unit of work learns only
 * its own outcome.
 * <p>
 * An ordered {@code insertMany} that fails part-way keeps the commits before the failing one (see
 * docs/decisions.md, "The embedded server and its traps", and real MongoDB does the same). The unit of work that owns the failing commit is
 * told it failed, its later commits are dropped, and the commits of the others after it are inserted again.
 * Commits of a failed unit of work that were stored before the failing one (a batch of import lines) are complete
 * and correctly chained, and the caller meets them as already recorded when it tries again.
 * <p>
 * Every commit has a deadline, {@code commitTimeout} from just before its position is reserved: the reservation and
 * the insert run under the driver's client-side operation timeout for what is left of it, so neither the driver
 * (its retry, server selection, a connection that no longer answers) nor the server (which gets the rest as
 * {@code maxTimeMS}) stores it later. Readers give a gap up only long after that deadline (docs/consistency.md,
 * "The commit deadline and the gap timeout"). A write that got no clear answer by then is reported as
 * {@link WriteOutcomeUnknown}, never as a conflict.
 */
final class CommitWriter {

    private static final Logger log = LoggerFactory.getLogger(CommitWriter.class);

    /** A commit ready to insert, with the append it belongs to. */
    private record Ready(PendingAppend owner, CommitAssembler.Commit commit, EventMessage<?> firstEvent) {
    }

    private final MongoCollection<Document> commits;
    private final GlobalSequence sequence;
    private final ChainHeads chainHeads;
    private final Clock clock;
    private final Duration commitTimeout;
    private final CommitQueue queue = new CommitQueue();

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
     *               always throws, and is called on the caller's thread
     */
    void append(List<? extends EventMessage<?>> events, Serializer serializer,
                BiConsumer<Exception, EventMessage<?>> failed) {
        if (events.isEmpty()) {
            return;
        }
        PendingAppend append = new PendingAppend(events, serializer);
        queue.submit(append, this::store);
        if (append.failed()) {
            failed.accept(append.failure(), append.failedEvent());
        }
    }

    private void store(List<PendingAppend> group) {
        long reservedNanos = System.nanoTime(); // the deadline counts from before the reservation is sent
        long first = sequence.reserve(group.stream().mapToInt(append -> append.eventCount).sum(), commitTimeout);
        Instant reservedAt = clock.instant();
        List<Ready> ready = new ArrayList<>();
        long next = first;
        for (PendingAppend append : group) {
            next = assemble(append, next, reservedAt, ready);
        }
        Set<Ready> stored = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            insert(ready, reservedNanos, stored);
        } catch (RuntimeException e) {
            // whether the commits it was inserting are stored is unknown: their heads are read again when needed
            ready.stream().filter(commit -> !stored.contains(commit) && !commit.owner().failed())
                    .forEach(commit -> commit.owner().fail(e, commit.firstEvent()));
        }
        for (Ready commit : ready) {
            if (commit.owner().failed()) {
                chainHeads.forget(commit.commit().aggregateId());
            } else {
                chainHeads.stored(commit.commit().aggregateId(), commit.commit().lastSequence(),
                        commit.commit().lastHash());
            }
        }
    }

    /** Assembles the append's commits from index {@code next} on; a commit that cannot be fails its append. */
    private long assemble(PendingAppend append, long next, Instant reservedAt, List<Ready> ready) {
        CommitAssembler assembler = new CommitAssembler(append.serializer);
        Map<String, CommitAssembler.Commit> heads = new HashMap<>(); // each stream's newest commit in this append
        int firstOfAppend = ready.size();
        long end = next + append.eventCount;
        for (List<EventMessage<?>> commitEvents : append.commits) {
            EventMessage<?> firstEvent = commitEvents.get(0);
            String aggregateId = CommitAssembler.aggregateIdOf(firstEvent);
            try {
                String previousHash = previousHash(heads.get(aggregateId), aggregateId,
                        CommitAssembler.sequenceOf(firstEvent));
                CommitAssembler.Commit commit = assembler.assemble(commitEvents, next, reservedAt, previousHash);
                ready.add(new Ready(append, commit, firstEvent));
                heads.put(aggregateId, commit);
            } catch (RuntimeException e) {
                chainHeads.forget(aggregateId);
                append.fail(e, firstEvent);
                ready.subList(firstOfAppend, ready.size()).clear(); // none of a unit of work that failed here
                return end;
            }
            next += commitEvents.size();
        }
        return next;
    }

    // a stream written twice in one batch chains its second commit to its first, which is not stored yet
    private String previousHash(CommitAssembler.Commit earlierInBatch, String aggregateId, long sequenceNumber) {
        if (earlierInBatch != null && earlierInBatch.lastSequence() == sequenceNumber - 1) {
            return earlierInBatch.lastHash();
        }
        return chainHeads.previousHash(aggregateId, sequenceNumber);
    }

    /**
     * What is left of the commit's deadline. Readers give a gap up after 6 × commitTimeout; a writer that is later
     * than commitTimeout refuses to send its commit, and one that sends it gives the driver only what is left.
     */
    private Duration remaining(long reservedNanos) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - reservedNanos);
        Duration left = commitTimeout.minus(elapsed);
        if (left.toMillis() < 1) {
            throw new EventStoreException("The commit took " + elapsed.toMillis()
                    + " ms from reserving its position to storing it; refused so that no tracker misses it. Retry.");
        }
        return left;
    }

    /**
     * Inserts the ready commits in order. A commit the server refuses fails its own append (a duplicate stream
     * position is a concurrent writer at that position; a duplicate global position means the counter was behind,
     * and it is moved on); the commits after it that belong to other appends go on. Any answer that leaves unknown
     * whether the commits are stored fails them all as {@link WriteOutcomeUnknown}.
     */
    private void insert(List<Ready> ready, long reservedNanos, Set<Ready> stored) {
        int from = 0;
        boolean positionTaken = false;
        try {
            while (true) {
                List<Ready> rest = ready.subList(from, ready.size()).stream()
                        .filter(commit -> !commit.owner().failed()).toList();
                if (rest.isEmpty()) {
                    return;
                }
                MongoCollection<Document> bounded = commits.withTimeout(remaining(reservedNanos).toMillis(),
                        TimeUnit.MILLISECONDS);
                try {
                    if (rest.size() == 1) {
                        bounded.insertOne(rest.get(0).commit().document());
                    } else {
                        bounded.insertMany(rest.stream().map(commit -> commit.commit().document()).toList());
                    }
                    stored.addAll(rest);
                    return;
                } catch (MongoBulkWriteException e) {
                    if (e.getWriteErrors().isEmpty() || e.getWriteConcernError() != null) {
                        throw unknown(e);
                    }
                    int refusedAt = e.getWriteErrors().get(0).getIndex();
                    stored.addAll(rest.subList(0, refusedAt));
                    Ready refused = rest.get(refusedAt);
                    positionTaken |= refuse(refused, e, e.getWriteErrors().get(0));
                    from = ready.indexOf(refused) + 1;
                } catch (MongoWriteException e) { // insertOne
                    positionTaken |= refuse(rest.get(0), e, e.getError());
                    return;
                } catch (MongoException e) { // a write-concern error, a timeout, a lost connection
                    throw unknown(e);
                }
            }
        } finally {
            if (positionTaken && sequence.catchUpWith(commits)) {
                log.error("The global sequence was behind the stored events (restored from an older backup?): "
                        + "moved past them; the commits refused for it can be sent again");
            }
        }
    }

    /** Fails the refused commit's append; returns whether it was refused for a global position already stored. */
    private static boolean refuse(Ready refused, RuntimeException e, WriteError error) {
        if (DuplicateKeyResolver.isPositionTaken(error)) {
            refused.owner().fail(new PositionTaken(refused.commit().document().get(CommitFields.ID, Number.class)
                    .longValue(), e), refused.firstEvent());
            return true;
        }
        refused.owner().fail(e, refused.firstEvent());
        return false;
    }

    private static WriteOutcomeUnknown unknown(MongoException e) {
        return new WriteOutcomeUnknown("The store gave no clear answer to the commit ("
                + e.getClass().getSimpleName() + ", code " + e.getCode() + "): the events may or may not be stored",
                e);
    }
}
