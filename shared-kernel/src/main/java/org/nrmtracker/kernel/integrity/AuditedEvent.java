package org.nrmtracker.kernel.integrity;

import java.util.Objects;

/**
 * One stored event as an auditor sees it (docs/api.md §6.1): the values the hash chain covers.
 * Values are kept as exported (strings, not {@code Instant}s or ids) so the hash is computed over
 * exactly the text an auditor re-hashes.
 *
 * @param payloadJson the event's fields as a JSON object; its key order and whitespace do not matter
 * @param recordedBy  may be null, hashed as JSON {@code null}
 */
public record AuditedEvent(String referralId, long sequence, String type, String payloadJson,
                           String recordedAt, String recordedBy) {

    public AuditedEvent {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (sequence < 0) {
            throw new IllegalArgumentException("Event sequence numbers start at 0, not " + sequence + ".");
        }
    }
}
