package org.nrmtracker.query.referral;

import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.WriteModel;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A processor batch's writes go in one flush, during the handling of its last event: before the processor's own
 * prepare-commit step (where it stores its token) and so before any token could be stored past a failed write.
 */
class BatchedWritesTest {

    private final List<String> log = new ArrayList<>();
    private final List<List<WriteModel<Document>>> flushes = new ArrayList<>();

    @Test
    void aBatchIsWrittenOnceWhenItsLastEventIsHandledBeforeTheTokenIsStored() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = batchOf(5);
        batch.onPrepareCommit(u -> log.add("token stored"));

        batch.executeWithResult(() -> {
            BatchedWrites.add(write(batch.getMessage()), this::flush);
            return null;
        });

        assertThat(flushes).hasSize(1);
        assertThat(flushes.get(0)).hasSize(5);
        assertThat(log).containsExactly("flush of 5", "token stored");
    }

    @Test
    void aFailedWriteFailsTheBatchSoItsTokenIsNeverStored() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = batchOf(3);
        batch.onPrepareCommit(u -> log.add("token stored"));

        boolean failed = batch.executeWithResult(() -> {
            BatchedWrites.add(write(batch.getMessage()), writes -> {
                throw new IllegalStateException("MongoDB unreachable");
            });
            return null;
        }).isExceptional();

        assertThat(failed).isTrue();
        assertThat(log).doesNotContain("token stored");
        assertThat(batch.isRolledBack()).isTrue();
    }

    @Test
    void outsideAProcessorEachWriteGoesAtOnce() {
        BatchedWrites.add(write(GenericEventMessage.asEventMessage("a")), this::flush);
        BatchedWrites.add(write(GenericEventMessage.asEventMessage("b")), this::flush);

        assertThat(flushes).extracting(List::size).containsExactly(1, 1);
    }

    private void flush(List<WriteModel<Document>> writes) {
        log.add("flush of " + writes.size());
        flushes.add(writes);
    }

    private static WriteModel<Document> write(EventMessage<?> event) {
        return new DeleteOneModel<>(Filters.eq("_id", event.getIdentifier()));
    }

    private static BatchingUnitOfWork<EventMessage<?>> batchOf(int events) {
        return new BatchingUnitOfWork<>(IntStream.range(0, events)
                .<EventMessage<?>>mapToObj(i -> GenericEventMessage.asEventMessage("event " + i)).toList());
    }
}
