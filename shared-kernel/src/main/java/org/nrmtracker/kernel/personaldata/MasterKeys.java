package org.nrmtracker.kernel.personaldata;

import org.nrmtracker.kernel.referral.ReferralId;

import javax.crypto.SecretKey;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The master keys from configuration, which wrap every referral's data key (docs/personal-data.md). Written as
 * {@code id:base64-of-32-bytes} entries separated by commas or new lines: the first wraps new keys, every one unwraps
 * the keys it wrapped, so a key can be rotated by putting a new one first, rewrapping ({@link DataKeys#rewrap}), then
 * removing the old one. Never logged, never stored.
 */
public final class MasterKeys {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Map<String, SecretKey> keys;
    private final String current;

    private MasterKeys(Map<String, SecretKey> keys) {
        this.keys = Collections.unmodifiableMap(keys);
        this.current = keys.keySet().iterator().next();
    }

    /** @throws IllegalArgumentException naming the entry (by position, never its key) that is malformed */
    public static MasterKeys parse(String entries) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        int position = 0;
        for (String entry : entries.split("[,\\r\\n]+")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            position++;
            int colon = trimmed.indexOf(':');
            String id = colon < 0 ? "" : trimmed.substring(0, colon);
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("Master key " + position + " needs an id: id:base64-key");
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Master key " + id + " is not base64");
            }
            if (raw.length != Aead.KEY_BYTES || keys.putIfAbsent(id, Aead.aesKey(raw)) != null) {
                throw new IllegalArgumentException("Master key " + id + " must be 32 bytes (AES-256) and named once");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("No master key configured");
        }
        return new MasterKeys(keys);
    }

    /** A new entry with a fresh random key, as {@link #parse} reads it. */
    public static String newEntry(String id) {
        return id + ":" + Base64.getEncoder().encodeToString(Aead.randomKey());
    }

    /** The id of the key that wraps new data keys. */
    public String currentId() {
        return current;
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    byte[] wrap(ReferralId referralId, byte[] dataKey) {
        return Aead.seal(keys.get(current), dataKey, associated(referralId));
    }

    /** @throws IllegalStateException when the key that wrapped it is no longer configured */
    byte[] unwrap(String masterKeyId, ReferralId referralId, byte[] wrapped) {
        SecretKey key = keys.get(masterKeyId);
        if (key == null) {
            throw new IllegalStateException("Master key " + masterKeyId + " is not configured: "
                    + "keep it until every data key is rewrapped (docs/personal-data.md)");
        }
        return Aead.open(key, wrapped, associated(referralId));
    }

    /**
     * Seals what belongs to no referral but may hold personal data (an idempotency key's stored answer) with a key
     * derived from the current master key for {@code purpose}.
     */
    public Sealed seal(String purpose, byte[] plaintext) {
        return new Sealed(current, Aead.seal(derived(current, purpose), plaintext, purpose));
    }

    /** @throws IllegalStateException when the master key that sealed it is no longer configured */
    public byte[] open(Sealed sealed, String purpose) {
        return Aead.open(derived(sealed.masterKeyId(), purpose), sealed.bytes(), purpose);
    }

    private SecretKey derived(String masterKeyId, String purpose) {
        SecretKey key = keys.get(masterKeyId);
        if (key == null) {
            throw new IllegalStateException("Master key " + masterKeyId + " is not configured");
        }
        return Aead.aesKey(Aead.hmac(key.getEncoded(), "nrm sealed for", purpose));
    }

    /** Bytes sealed by {@link #seal}, with the id of the master key they were sealed under. */
    public record Sealed(String masterKeyId, byte[] bytes) {
    }

    private static String associated(ReferralId referralId) {
        return "nrm data key\0" + referralId;
    }

    @Override
    public String toString() {
        return "MasterKeys" + keys.keySet();
    }
}
