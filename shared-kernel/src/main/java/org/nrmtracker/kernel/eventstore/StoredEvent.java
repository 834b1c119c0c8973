package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One event exactly as stored: what the audit reads show and what the hash chain covers.
 * {@code payload} and {@code metaData} are the serializer's JSON text, untouched.
 *
 * @param unreadable null when every stored field has the type it was written with; otherwise what is wrong, in a
 *                   sentence that names fields and types, never values (the fields that could not be read are null,
 *                   and the position and sequence come from the commit that holds the event)
 */
public record StoredEvent(long globalIndex, String aggregateId, String aggregateType, long sequence,
                          String eventId, String recordedAt, String payloadType, String payloadRevision,
                          String payload, String metaData, String recordedBy, String correlationId,
                          String previousHash, String hash, String unreadable) {

    /** An event read without fault. */
    public StoredEvent(long globalIndex, String aggregateId, String aggregateType, long sequence,
                       String eventId, String recordedAt, String payloadType, String payloadRevision,
                       String payload, String metaData, String recordedBy, String correlationId,
                       String previousHash, String hash) {
        this(globalIndex, aggregateId, aggregateType, sequence, eventId, recordedAt, payloadType, payloadRevision,
                payload, metaData, recordedBy, correlationId, previousHash, hash, null);
    }

    public boolean readable() {
        return unreadable == null;
    }

    /**
     * The events of one stored commit, in the order stored. A field of the wrong type makes its event unreadable
     * rather than failing the read; a commit whose {@code events} is not an array of documents is one unreadable
     * event at the commit's position.
     */
    static List<StoredEvent> allOf(Document commit) {
        StoredFields fields = new StoredFields();
        long lastIndex = orElse(fields.number(commit, CommitFields.ID, "the commit's "), -1);
        String firstKey = fields.string(commit, CommitFields.FIRST_KEY, "the commit's ");
        String aggregateId = fields.string(commit, CommitFields.AGGREGATE_ID, "the commit's ");
        String aggregateType = fields.string(commit, CommitFields.AGGREGATE_TYPE, "the commit's ");
        fields.date(commit, CommitFields.RESERVED_AT, "the commit's ");
        fields.date(commit, CommitFields.RECORDED_AT, "the commit's ");
        if (aggregateId == null && firstKey != null && firstKey.lastIndexOf(':') > 0) {
            aggregateId = firstKey.substring(0, firstKey.lastIndexOf(':'));
        }
        long firstSequence = firstSequenceOf(firstKey);
        Object stored = commit.get(CommitFields.EVENTS);
        if (!(stored instanceof List<?> events) || events.isEmpty()) {
            fields.add(stored instanceof List<?> ? "the commit's field 'events' is an empty array"
                    : "the commit's field 'events' is " + StoredFields.kindOf(stored) + ", not an array of events");
            return List.of(unreadable(lastIndex, aggregateId, aggregateType, firstSequence, fields.problems()));
        }
        List<StoredEvent> all = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            // where the commit puts it: its events hold consecutive indexes and sequences, the last at _id
            long index = lastIndex < 0 ? -1 : lastIndex - (events.size() - 1 - i);
            long sequence = firstSequence < 0 ? -1 : firstSequence + i;
            if (events.get(i) instanceof Document event) {
                all.add(of(event, index, aggregateId, aggregateType, sequence, fields.problems()));
            } else {
                List<String> problems = new ArrayList<>(fields.problems());
                problems.add("event " + i + " of the commit is " + StoredFields.kindOf(events.get(i))
                        + ", not a sub-document");
                all.add(unreadable(index, aggregateId, aggregateType, sequence, problems));
            }
        }
        return all;
    }

    private static StoredEvent of(Document event, long commitIndex, String aggregateId, String aggregateType,
                                  long commitSequence, List<String> commitProblems) {
        StoredFields fields = new StoredFields();
        commitProblems.forEach(fields::add);
        Long index = fields.number(event, CommitFields.INDEX, "");
        Long sequence = fields.number(event, CommitFields.SEQUENCE, "");
        StoredEvent read = new StoredEvent(index == null ? commitIndex : index, aggregateId, aggregateType,
                sequence == null ? commitSequence : sequence, fields.string(event, CommitFields.EVENT_ID, ""),
                fields.string(event, CommitFields.TIMESTAMP, ""), fields.string(event, CommitFields.PAYLOAD_TYPE, ""),
                fields.string(event, CommitFields.PAYLOAD_REVISION, ""), fields.string(event, CommitFields.PAYLOAD, ""),
                fields.string(event, CommitFields.META_DATA, ""), fields.string(event, CommitFields.RECORDED_BY, ""),
                fields.string(event, CommitFields.CORRELATION_ID, ""),
                fields.string(event, CommitFields.PREVIOUS_HASH, ""),
                fields.string(event, CommitFields.HASH, ""), null);
        return fields.problems().isEmpty() ? read : read.withProblems(fields.problems());
    }

    private static StoredEvent unreadable(long index, String aggregateId, String aggregateType, long sequence,
                                          List<String> problems) {
        return new StoredEvent(index, aggregateId, aggregateType, sequence, null, null, null, null, null, null, null,
                null, null, null, null).withProblems(problems);
    }

    private StoredEvent withProblems(List<String> problems) {
        String text = String.join("; ", problems);
        return new StoredEvent(globalIndex, aggregateId, aggregateType, sequence, eventId, recordedAt, payloadType,
                payloadRevision, payload, metaData, recordedBy, correlationId, previousHash, hash,
                Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".");
    }

    private static long firstSequenceOf(String firstKey) {
        try {
            return firstKey == null ? -1 : Long.parseLong(firstKey.substring(firstKey.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long orElse(Long value, long otherwise) {
        return value == null ? otherwise : value;
    }

    /** When the commit that holds this event reserved its indexes; null when absent or not a date. */
    static Date reservedAtOf(Document commit) {
        return commit.get(CommitFields.RESERVED_AT) instanceof Date date ? date : null;
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

    /** @throws UnreadableStoredEvent when a field could not be read: no reader may go past it as if it were fine */
    DomainEventData<String> toDomainEventData() {
        if (!readable()) {
            throw new UnreadableStoredEvent(this);
        }
        // Axon's convention: an event that belongs to no aggregate carries no type
        String type = aggregateType == null || aggregateType.isEmpty() ? null : aggregateType;
        return new GenericDomainEventEntry<>(type, aggregateId, sequence, eventId, recordedAt,
                payloadType, payloadRevision, payload, metaData);
    }
}
