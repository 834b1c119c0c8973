package org.nrmtracker.query.admin;

import org.nrmtracker.query.referral.StreamShares;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How far each read model's processor has read the event store, and how many stored events it has still to
 * handle (docs/api.md §7): positions from the gap-aware tokens, as the gauge {@code nrm_processor_events_behind}.
 */
@Component
class ReadModelPositions {

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine eventStore;

    ReadModelPositions(EventProcessingConfiguration processing, EventStorageEngine eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /**
     * @param head       the newest stored event's position (0 for an empty store)
     * @param processors each streaming processor, by name
     */
    record Answer(long head, List<Processor> processors) {
    }

    /**
     * @param position     the slowest segment's position (0 before its first event)
     * @param eventsBehind stored events it has still to handle
     */
    record Processor(String processor, long position, long eventsBehind) {
    }

    Answer now() {
        OptionalLong newest = eventStore.createHeadToken().position();
        long head = newest.orElse(0L);
        List<Processor> processors = processing.eventProcessors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(entry -> {
                    long slowest = StreamShares.slowestPosition(
                            ((StreamingEventProcessor) entry.getValue()).processingStatus().values());
                    return new Processor(entry.getKey(), slowest, Math.max(0, head - slowest));
                })
                .toList();
        return new Answer(head, processors);
    }
}
