package org.nrmtracker.query.audit;

import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/** How a stored event's type and payload text are shown to auditors. */
final class StoredPayloads {

    // Jackson's defaults are strict: one JSON value, nothing after it
    private static final JsonMapper STRICT = JsonMapper.builder().build();

    /** The public type name, as the hash chain names it: the stored class name for anything else. */
    static String typeOf(StoredEvent event) {
        if (event.payloadType() == null) {
            return null;
        }
        return ReferralEventType.ofEventClass(event.payloadType()).map(Enum::name).orElse(event.payloadType());
    }

    /**
     * The stored JSON text as a JSON object. Text that is not one JSON object (only a direct edit of
     * the database can make it so) is shown as a string, so the answer stays valid JSON, cannot be
     * given extra fields by the text, and the hash check reports it.
     */
    static JsonNode payloadOf(StoredEvent event) {
        String text = event.payload();
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = STRICT.readTree(text);
            return node.isObject() ? node : StringNode.valueOf(text);
        } catch (JacksonException e) {
            return StringNode.valueOf(text);
        }
    }

    private StoredPayloads() {
    }
}
