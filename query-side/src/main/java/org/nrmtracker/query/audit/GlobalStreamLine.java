package org.nrmtracker.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import tools.jackson.databind.JsonNode;

/**
 * One line of the global stream (docs/api.md §6.3): an event of §6.1 with its referral and global position;
 * {@code unreadable} only for an event whose stored fields a hand edit gave other types.
 */
@JsonPropertyOrder({"position", "referralId", "sequence", "type", "payload", "recordedAt", "recordedBy",
        "correlationId", "previousHash", "hash", "unreadable"})
record GlobalStreamLine(long position, String referralId, long sequence, String type, JsonNode payload,
                        String recordedAt, String recordedBy, String correlationId, String previousHash,
                        String hash, @JsonInclude(JsonInclude.Include.NON_NULL) String unreadable) {

    static GlobalStreamLine of(StoredEvent event) {
        return new GlobalStreamLine(event.globalIndex(), event.aggregateId(), event.sequence(),
                StoredPayloads.typeOf(event), StoredPayloads.payloadOf(event), event.recordedAt(), event.recordedBy(),
                event.correlationId(), event.previousHash(), event.hash(), event.unreadable());
    }
}
