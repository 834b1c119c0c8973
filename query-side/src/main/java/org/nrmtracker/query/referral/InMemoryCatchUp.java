package org.nrmtracker.query.referral;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * Whether this instance's in-memory model has read the whole event store once: only then is it as complete as
 * the shared {@code referral_records} collection. Until its processor has caught up on every segment (after a
 * start, or while a rebuild has it stopped) a single referral is read from the collection instead.
 */
@Component
public final class InMemoryCatchUp {

    private final EventProcessingConfiguration processing;
    /** Looked up once: Axon builds a map of every processor on each lookup, and processors are never replaced. */
    private volatile StreamingEventProcessor processor;

    InMemoryCatchUp(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public boolean caughtUp() {
        StreamingEventProcessor memory = processor();
        return memory != null && memory.isRunning() && coversEverySegment(memory.processingStatus().values());
    }

    private StreamingEventProcessor processor() {
        if (processor == null) {
            processor = processing.eventProcessor(ReferralRecordsInMemory.PROCESSING_GROUP,
                    StreamingEventProcessor.class).orElse(null);
        }
        return processor;
    }

    /** Caught up when the segments caught up, and not in error, are the whole stream between them. */
    static boolean coversEverySegment(Collection<EventTrackerStatus> statuses) {
        return StreamShares.whole(statuses, status -> status.isCaughtUp() && !status.isErrorState());
    }
}
