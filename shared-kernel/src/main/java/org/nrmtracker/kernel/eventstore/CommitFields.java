package org.nrmtracker.kernel.eventstore;

/**
 * Field names of the {@code events} collection. One document is one commit of one stream:
 * <pre>
 * { _id: lastIndex, firstIndex, aggregateId, aggregateType, firstKey: "id:firstSeq" (unique),
 *   lastKey: "id:lastSeq" (unique), recordedAt: Date, reservedAt: Date, events: [ {index, sequence, ...} ] }
 * </pre>
 * The {@code _id} is the commit's <em>last</em> global index, so a token that stopped in the middle
 * of a commit still finds the rest of it by exact key.
 */
final class CommitFields {
    static final String ID = "_id";
    static final String FIRST_INDEX = "firstIndex";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String FIRST_KEY = "firstKey";
    static final String LAST_KEY = "lastKey";
    static final String RECORDED_AT = "recordedAt";
    static final String RESERVED_AT = "reservedAt";
    static final String EVENTS = "events";

    static final String INDEX = "index";
    static final String SEQUENCE = "sequence";
    static final String EVENT_ID = "eventId";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String RECORDED_BY = "recordedBy";
    static final String CORRELATION_ID = "correlationId";
    static final String PREVIOUS_HASH = "previousHash";
    static final String HASH = "hash";

    static String streamKey(String aggregateId, long sequence) {
        return aggregateId + ":" + sequence;
    }

    private CommitFields() {
    }
}
