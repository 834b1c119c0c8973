package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.DecisionStage;

import java.util.Comparator;

/**
 * A case waiting for a decision of one stage. It can be decided from {@code ready} on; a queue ordered by due
 * date (ready plus the case's own complexity, in days) takes the earliest first. A withdrawal makes the entry
 * dead; queues drop dead entries when they reach them.
 */
final class QueueEntry {

    static final Comparator<QueueEntry> BY_READY =
            Comparator.<QueueEntry>comparingInt(e -> e.ready).thenComparingLong(e -> e.sequence);
    static final Comparator<QueueEntry> BY_DUE =
            Comparator.<QueueEntry>comparingInt(e -> e.due).thenComparingLong(e -> e.sequence);

    final Case subject;
    final DecisionStage stage;
    final int ready;
    final int due;
    final boolean reconsidered;
    final long sequence;
    boolean live = true;

    QueueEntry(Case subject, DecisionStage stage, int ready, int due, boolean reconsidered,
               long sequence) {
        this.subject = subject;
        this.stage = stage;
        this.ready = ready;
        this.due = due;
        this.reconsidered = reconsidered;
        this.sequence = sequence;
    }
}
