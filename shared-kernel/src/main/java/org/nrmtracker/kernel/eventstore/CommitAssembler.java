package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.nrmtracker.kernel.integrity.AuditedEvent;
import org.nrmtracker.kernel.integrity.HashChain;
import org.nrmtracker.kernel.referral.ReferralEventType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Turns the events one unit of work appended to one stream into one commit document, hash-chained. */
final class CommitAssembler {

    /** Metadata keys the API puts on every command; kept beside the event for the audit trail. */
    static final String RECORDED_BY = "recordedBy";
    static final String CORRELATION_ID = "correlationId";

    private final Serializer serializer;

    CommitAssembler(Serializer serializer) {
        this.serializer = serializer;
    }

    /** The events of one stream, in order; {@code previousHash} is the stream's chain head before them. */
    Commit assemble(List<? extends EventMessage<?>> stream, long firstIndex, Instant reservedAt, String previousHash) {
        EventMessage<?> first = stream.get(0);
        String aggregateId = aggregateIdOf(first);
        String aggregateType = first instanceof DomainEventMessage<?> domain ? domain.getType() : null;
        List<Document> events = new ArrayList<>(stream.size());
        String hash = previousHash;
        long index = firstIndex;
        for (EventMessage<?> message : stream) {
            StoredEvent event = store(message, aggregateId, aggregateType, index++, hash);
            hash = event.hash();
            events.add(event.toDocument());
        }
        long firstSequence = sequenceOf(first);
        long lastSequence = sequenceOf(stream.get(stream.size() - 1));
        Document commit = new Document(CommitFields.ID, index - 1)
                .append(CommitFields.FIRST_INDEX, firstIndex)
                .append(CommitFields.AGGREGATE_ID, aggregateId)
                .append(CommitFields.AGGREGATE_TYPE, aggregateType)
                .append(CommitFields.FIRST_KEY, CommitFields.streamKey(aggregateId, firstSequence))
                .append(CommitFields.LAST_KEY, CommitFields.streamKey(aggregateId, lastSequence))
                .append(CommitFields.RECORDED_AT, Date.from(first.getTimestamp()))
                .append(CommitFields.RESERVED_AT, Date.from(reservedAt))
                .append(CommitFields.EVENTS, events);
        return new Commit(commit, aggregateId, lastSequence, hash);
    }

    private StoredEvent store(EventMessage<?> message, String aggregateId, String aggregateType, long index,
                              String previousHash) {
        SerializedObject<String> payload = message.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
        String recordedAt = RecordedAt.format(message.getTimestamp());
        String recordedBy = textOf(message.getMetaData().get(RECORDED_BY));
        long sequence = sequenceOf(message);
        String type = ReferralEventType.ofEventClass(payload.getType().getName()).map(Enum::name)
                .orElse(payload.getType().getName());
        String hash = HashChain.link(previousHash,
                new AuditedEvent(aggregateId, sequence, type, payload.getData(), recordedAt, recordedBy));
        return new StoredEvent(index, aggregateId, aggregateType, sequence, message.getIdentifier(), recordedAt,
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData.getData(),
                recordedBy, textOf(message.getMetaData().get(CORRELATION_ID)), previousHash, hash);
    }

    static String aggregateIdOf(EventMessage<?> message) {
        // Axon's convention for events outside any aggregate: a stream of one, named by the event id
        return message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                ? domain.getAggregateIdentifier() : message.getIdentifier();
    }

    static long sequenceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
    }

    private static String textOf(Object value) {
        return value == null ? null : value.toString();
    }

    /** A commit ready to insert, and the stream's chain head once it is stored. */
    record Commit(Document document, String aggregateId, long lastSequence, String lastHash) {
    }
}
