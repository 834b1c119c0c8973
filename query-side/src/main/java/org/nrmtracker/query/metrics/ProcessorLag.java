package org.nrmtracker.query.metrics;

import org.nrmtracker.query.referral.StreamShares;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * How many events each processor is behind the newest stored one: positions come from the
 * gap-aware tokens, so this is exact, unlike a time-based lag.
 */
@Component
class ProcessorLag {

    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;
    private final EventStorageEngine eventStore;

    ProcessorLag(MeterRegistry registry, EventProcessingConfiguration processing, EventStorageEngine eventStore) {
        this.registry = registry;
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("nrm.processor.events.behind", streaming, this::eventsBehind)
                        .description("Events stored but not yet handled by this processor (slowest segment)")
                        .tag("processor", name)
                        .register(registry);
            }
        });
    }

    private double eventsBehind(StreamingEventProcessor processor) {
        OptionalLong head = eventStore.createHeadToken().position();
        long slowest = StreamShares.slowestPosition(processor.processingStatus().values());
        return head.isPresent() ? Math.max(0, head.getAsLong() - slowest) : 0;
    }

}
