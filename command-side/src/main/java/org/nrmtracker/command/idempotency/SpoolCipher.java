package org.nrmtracker.command.idempotency;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * A spooled body's encryption (docs/personal-data.md): an import's lines carry subjectRefs, which never reach the
 * disk in clear. AES-256 in counter mode under a random key that lives only in this object, so the file is
 * unreadable once the request is over even if its deletion failed; counter mode streams both ways (the JDK's
 * GCM decryption would hold a whole gigabyte body before giving any of it back), and a file that only this
 * process writes and reads back within one request needs no tag.
 */
final class SpoolCipher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final IvParameterSpec counter;

    SpoolCipher() {
        byte[] raw = new byte[32];
        byte[] iv = new byte[16];
        RANDOM.nextBytes(raw);
        RANDOM.nextBytes(iv);
        this.key = new SecretKeySpec(raw, "AES");
        this.counter = new IvParameterSpec(iv);
    }

    OutputStream encrypting(OutputStream out) {
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE));
    }

    InputStream decrypting(InputStream in) {
        return new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE));
    }

    private Cipher cipher(int mode) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, key, counter);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has AES/CTR", e);
        }
    }
}
