package org.nrmtracker.query.referral;

import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code referral_records} writes of one processor batch, sent as one bulk write when the batch's last event
 * has been handled: one round trip (on the embedded server, one disk commit) per batch instead of one per event,
 * which is what lets a replay of a million events finish in minutes rather than hours.
 * <p>
 * Why on the last event, and not when the unit of work prepares its commit: the processor stores its token in
 * that phase, before any handler registered later. Flushing inside the last event's handling means a failed
 * write fails the batch, which is then retried from the old token; no token is ever stored past writes that
 * were lost. Outside a processor's batch (a rebuild applying events to the live model) each write goes at once.
 */
final class BatchedWrites {

    private static final String RESOURCE = BatchedWrites.class.getName();

    private BatchedWrites() {
    }

    static void add(WriteModel<Document> write, Consumer<List<WriteModel<Document>>> flush) {
        if (!CurrentUnitOfWork.isStarted()) {
            flush.accept(List.of(write));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        UnitOfWork<?> root = unitOfWork.root();
        List<WriteModel<Document>> pending = root.getOrComputeResource(RESOURCE, key -> {
            List<WriteModel<Document>> writes = new ArrayList<>();
            // only reached with writes left when the batch's last event was not one this projection handles
            root.onPrepareCommit(u -> flushAll(writes, flush));
            return writes;
        });
        pending.add(write);
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            flushAll(pending, flush);
        }
    }

    private static void flushAll(List<WriteModel<Document>> pending, Consumer<List<WriteModel<Document>>> flush) {
        if (!pending.isEmpty()) {
            flush.accept(List.copyOf(pending));
            pending.clear();
        }
    }
}
