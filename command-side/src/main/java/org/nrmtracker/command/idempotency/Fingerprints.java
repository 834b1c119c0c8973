package org.nrmtracker.command.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints: keys and bodies are compared by hash, never stored in clear. */
final class Fingerprints {

    static String sha256(String text, byte[]... more) {
        MessageDigest digest = startingWith(text);
        for (byte[] bytes : more) {
            digest.update(bytes);
        }
        return hex(digest);
    }

    /** A digest that has seen the text, to be fed the rest (a body) as it is read. */
    static MessageDigest startingWith(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private Fingerprints() {
    }
}
