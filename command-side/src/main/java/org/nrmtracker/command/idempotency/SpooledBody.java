package org.nrmtracker.command.idempotency;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body read once, hashed as it goes, and kept to be read again by the handler: in memory up to a
 * threshold, beyond it in a temporary file (readable by this process's user only, and encrypted with a key only
 * this object holds: {@link SpoolCipher}), so that a history import of a gigabyte costs disk, not heap. Closing
 * deletes the file.
 */
final class SpooledBody implements Closeable {

    private static final int CHUNK = 64 * 1024;

    private final byte[] inMemory;
    private final Path file;
    private final SpoolCipher cipher;
    private final long size;
    private final List<InputStream> opened = new ArrayList<>();

    private SpooledBody(byte[] inMemory, Path file, SpoolCipher cipher, long size) {
        this.inMemory = inMemory;
        this.file = file;
        this.cipher = cipher;
        this.size = size;
    }

    /**
     * Reads the whole body, feeding every byte to the digest; a body longer than {@code memoryLimit} bytes goes
     * to a temporary file in {@code directory}. If reading fails, nothing is left behind.
     */
    static SpooledBody read(InputStream in, MessageDigest digest, long memoryLimit, Path directory) throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        Path file = null;
        SpoolCipher cipher = null;
        OutputStream out = memory;
        long size = 0;
        byte[] chunk = new byte[CHUNK];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                digest.update(chunk, 0, n);
                size += n;
                if (file == null && size > memoryLimit) {
                    file = Files.createTempFile(directory, "nrm-idempotency-", ".body");
                    cipher = new SpoolCipher();
                    out = cipher.encrypting(new BufferedOutputStream(Files.newOutputStream(file), CHUNK));
                    memory.writeTo(out);
                    memory = null;
                }
                out.write(chunk, 0, n);
            }
            out.close();
        } catch (IOException | RuntimeException e) {
            try {
                out.close();
            } catch (IOException second) {
                e.addSuppressed(second);
            } finally {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
            throw e;
        }
        return file == null ? new SpooledBody(memory.toByteArray(), null, null, size)
                : new SpooledBody(null, file, cipher, size);
    }

    long size() {
        return size;
    }

    /** Where the body was spooled, if it was too large for memory. */
    Path file() {
        return file;
    }

    /** A new stream over the whole body; closed, at the latest, with this body. */
    InputStream open() throws IOException {
        if (file == null) {
            return new ByteArrayInputStream(inMemory);
        }
        InputStream in = new BufferedInputStream(cipher.decrypting(Files.newInputStream(file)), CHUNK);
        opened.add(in);
        return in;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            for (InputStream in : opened) {
                in.close();
            }
            Files.deleteIfExists(file);
        }
    }
}
