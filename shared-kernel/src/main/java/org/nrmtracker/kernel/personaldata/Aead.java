package org.nrmtracker.kernel.personaldata;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/** AES-256-GCM from the JDK (docs/personal-data.md): a 12-byte nonce before the ciphertext and its 16-byte tag. */
final class Aead {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    static byte[] randomKey() {
        return random(KEY_BYTES);
    }

    static byte[] random(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return key;
    }

    static SecretKey aesKey(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("An AES-256 key has " + KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** Encrypts with a random nonce. */
    static byte[] seal(SecretKey key, byte[] plaintext, String associated) {
        return seal(key, random(NONCE_BYTES), plaintext, associated);
    }

    /** Encrypts with the given nonce: only ever one plaintext per (key, nonce), see {@link DataKey}. */
    static byte[] seal(SecretKey key, byte[] nonce, byte[] plaintext, String associated) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce, 0, NONCE_BYTES));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** @throws IllegalArgumentException when the bytes were not sealed with this key and associated text */
    static byte[] open(SecretKey key, byte[] sealed, String associated) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot open: wrong key or altered bytes");
        }
    }

    /** HMAC-SHA256, to derive keys and synthetic nonces. */
    static byte[] hmac(byte[] key, String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    static byte[] nonceFrom(byte[] digest) {
        return Arrays.copyOf(digest, NONCE_BYTES);
    }

    private Aead() {
    }
}
