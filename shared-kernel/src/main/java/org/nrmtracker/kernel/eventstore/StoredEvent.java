package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.bson.Document;

/**
 * One event exactly as stored: what the audit reads show and what the hash chain covers.
 * {@code payload} and {@code metaData} are the serializer's JSON text, untouched.
 */
public record StoredEvent(long globalIndex, String aggregateId, String aggregateType, long sequence,
                          String eventId, String recordedAt, String payloadType, String payloadRevision,
                          String payload, String metaData, String recordedBy, String correlationId,
                          String previousHash, String hash) {

    static StoredEvent of(Document commit, Document event) {
        return new StoredEvent(event.get(CommitFields.INDEX, Number.class).longValue(),
                commit.getString(CommitFields.AGGREGATE_ID), commit.getString(CommitFields.AGGREGATE_TYPE),
                event.get(CommitFields.SEQUENCE, Number.class).longValue(), event.getString(CommitFields.EVENT_ID),
                event.getString(CommitFields.TIMESTAMP), event.getString(CommitFields.PAYLOAD_TYPE),
                event.getString(CommitFields.PAYLOAD_REVISION), event.getString(CommitFields.PAYLOAD),
                event.getString(CommitFields.META_DATA), event.getString(CommitFields.RECORDED_BY),
                event.getString(CommitFields.CORRELATION_ID), event.getString(CommitFields.PREVIOUS_HASH),
                event.getString(CommitFields.HASH));
    }

    Document toDocument() {
        return new Document(CommitFields.INDEX, globalIndex)
                .append(CommitFields.SEQUENCE, sequence)
                .append(CommitFields.EVENT_ID, eventId)
                .append(CommitFields.TIMESTAMP, recordedAt)
                .append(CommitFields.PAYLOAD_TYPE, payloadType)
                .append(CommitFields.PAYLOAD_REVISION, payloadRevision)
                .append(CommitFields.PAYLOAD, payload)
                .append(CommitFields.META_DATA, metaData)
                .append(CommitFields.RECORDED_BY, recordedBy)
                .append(CommitFields.CORRELATION_ID, correlationId)
                .append(CommitFields.PREVIOUS_HASH, previousHash)
                .append(CommitFields.HASH, hash);
    }

    DomainEventData<String> toDomainEventData() {
        // Axon's convention: an event that belongs to no aggregate carries no type
        String type = aggregateType == null || aggregateType.isEmpty() ? null : aggregateType;
        return new GenericDomainEventEntry<>(type, aggregateId, sequence, eventId, recordedAt,
                payloadType, payloadRevision, payload, metaData);
    }
}
