package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers the appends of concurrent units of work into groups stored together: each group costs one reservation
 * of global indexes and one insert, so the embedded server writes to disk twice per group instead of twice per
 * command. The caller whose append finds a free slot stores everything waiting, its own included; the others wait
 * for their append to be done.
 * <p>
 * Two groups may be in flight at once: one gathers and reserves while the other is being inserted, and a writer
 * that stalls between reserving and inserting holds up only its own group; later commits still go past it, and it
 * is a gap the trackers wait for (see {@link GapExpiry}), as with separate writers.
 */
final class CommitQueue {

    private static final int GROUPS_IN_FLIGHT = 2;

    private final Deque<PendingAppend> waiting = new ArrayDeque<>();
    private int inFlight;

    /** Returns once {@code append} is stored or has failed; {@code storeGroup} stores a group, on this thread. */
    void submit(PendingAppend append, Consumer<List<PendingAppend>> storeGroup) {
        List<PendingAppend> group = awaitTurn(append);
        if (group.isEmpty()) {
            return;
        }
        try {
            storeGroup.accept(group);
        } catch (RuntimeException e) {
            group.forEach(pending -> pending.fail(e, pending.commits.get(0).get(0)));
        } catch (Error e) {
            // the others must not take an unfinished group for stored; this caller sees the error itself
            EventStoreException failure = new EventStoreException("Storing the events failed: " + e, e);
            group.forEach(pending -> pending.fail(failure, pending.commits.get(0).get(0)));
            throw e;
        } finally {
            synchronized (this) {
                inFlight--;
                group.forEach(pending -> pending.done = true);
                notifyAll();
            }
        }
    }

    /** The group this caller is to store, or none once another caller has stored its append. */
    private synchronized List<PendingAppend> awaitTurn(PendingAppend append) {
        waiting.add(append);
        boolean interrupted = false;
        try {
            while (!append.done) {
                if (!append.taken && inFlight < GROUPS_IN_FLIGHT) {
                    inFlight++;
                    List<PendingAppend> group = new ArrayList<>(waiting);
                    waiting.clear();
                    group.forEach(pending -> pending.taken = true);
                    return group;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                    if (!append.taken) {
                        waiting.remove(append);
                        throw new EventStoreException("Interrupted before the events were stored; none of them is.");
                    }
                    // taken: another caller is storing it right now, so wait for the outcome
                }
            }
            return List.of();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
