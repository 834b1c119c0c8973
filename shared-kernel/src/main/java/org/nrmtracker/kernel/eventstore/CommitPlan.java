package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the events one unit of work appends into commits: one per stream and command, in the order the events
 * came. A command's events on one stream stay one document, so they are stored or refused together. A unit of work
 * that ran many commands (a batch of import lines, each its own nested command) gives one commit per line, just as
 * if each line had been sent alone; the command is told apart by the {@code correlationId} every event inherits
 * from the command that applied it.
 */
final class CommitPlan {

    private record Key(String aggregateId, Object correlationId) {
    }

    private CommitPlan() {
    }

    static List<List<EventMessage<?>>> of(List<? extends EventMessage<?>> events) {
        Map<Key, List<EventMessage<?>>> commits = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            Key key = new Key(CommitAssembler.aggregateIdOf(event),
                    event.getMetaData().get(CommitAssembler.CORRELATION_ID));
            commits.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        }
        return new ArrayList<>(commits.values());
    }
}
