package org.nrmtracker.query.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import tools.jackson.databind.JsonNode;

/** One line of the global stream (docs/api.md §6.3): an event of §6.1 with its referral and global position. */
@JsonPropertyOrder({"position", "referralId", "sequence", "type", "payload", "recordedAt", "recordedBy",
        "correlationId", "previousHash", "hash"})
record GlobalStreamLine(long position, String referralId, long sequence, String type, JsonNode payload,
                        String recordedAt, String recordedBy, String correlationId, String previousHash,
                        String hash) {

    static GlobalStreamLine of(StoredEvent event) {
        return new GlobalStreamLine(event.globalIndex(), event.aggregateId(), event.sequence(),
                StoredPayloads.typeOf(event), StoredPayloads.payloadOf(event), event.recordedAt(), event.recordedBy(),
                event.correlationId(), event.previousHash(), event.hash());
    }
}
