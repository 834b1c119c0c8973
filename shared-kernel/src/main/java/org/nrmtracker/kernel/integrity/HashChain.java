package org.nrmtracker.kernel.integrity;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The per-referral SHA-256 hash chain of docs/api.md §6.2:
 * {@code hash = hex(SHA-256(previousHash + "\n" + canonical))}, where {@code canonical} is the
 * RFC 8785 form of {@code {"payload", "recordedAt", "recordedBy", "referralId", "sequence", "type"}}.
 * Event 0 links to {@link #GENESIS}; every later event links to the hash of the one before.
 */
public final class HashChain {

    /** The previous hash of sequence 0. */
    public static final String GENESIS = "0".repeat(64);

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HashChain() {
    }

    /** @return the lowercase hex hash of {@code event}, chained to {@code previousHash} */
    public static String link(String previousHash, AuditedEvent event) {
        if (previousHash == null || !SHA_256_HEX.matcher(previousHash).matches()) {
            throw new IllegalArgumentException("A previous hash is 64 lowercase hex digits (GENESIS for sequence 0).");
        }
        String hashed = previousHash + "\n" + canonicalForm(event);
        return HexFormat.of().formatHex(sha256().digest(hashed.getBytes(StandardCharsets.UTF_8)));
    }

    /** @return the canonical JSON text that {@link #link} hashes, for auditors re-deriving a hash */
    public static String canonicalForm(AuditedEvent event) {
        // Canonicalising the payload first validates it and proves it is exactly one JSON value,
        // so embedding it raw cannot smuggle extra fields into the envelope. It also keeps its
        // numbers out of Jackson's number conversions.
        String payload = CanonicalJson.canonicalize(event.payloadJson());
        if (!payload.startsWith("{")) {
            throw new IllegalArgumentException("An event payload must be a JSON object.");
        }
        // Jackson writes the envelope so that strings are escaped correctly; JCS then orders the keys.
        ObjectNode envelope = JSON.createObjectNode()
                .putRawValue("payload", new RawValue(payload))
                .put("recordedAt", event.recordedAt())
                .put("recordedBy", event.recordedBy())
                .put("referralId", event.referralId())
                .put("sequence", event.sequence())
                .put("type", event.type());
        return CanonicalJson.canonicalize(JSON.writeValueAsString(envelope));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
