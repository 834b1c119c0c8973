package org.nrmtracker.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import tools.jackson.databind.JsonNode;

/**
 * One event of a referral's stream exactly as stored (docs/api.md §6.1): the values the hash chain
 * covers, and the chain itself. {@code recordedBy} and {@code correlationId} may be null; {@code unreadable} says,
 * for an event whose stored fields a hand edit gave other types, what is wrong (otherwise it is left out).
 */
@JsonPropertyOrder({"sequence", "type", "payload", "recordedAt", "recordedBy", "correlationId", "previousHash", "hash",
        "unreadable"})
record StoredEventView(long sequence, String type, JsonNode payload, String recordedAt, String recordedBy,
                       String correlationId, String previousHash, String hash,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String unreadable) {

    static StoredEventView of(StoredEvent event) {
        return new StoredEventView(event.sequence(), StoredPayloads.typeOf(event), StoredPayloads.payloadOf(event),
                event.recordedAt(), event.recordedBy(), event.correlationId(), event.previousHash(), event.hash(),
                event.unreadable());
    }
}
