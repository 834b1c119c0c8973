package org.nrmtracker.platform.personaldata;

import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Where the master keys come from (docs/personal-data.md): {@code NRM_PERSONAL_DATA_MASTER_KEYS} itself, else the
 * file {@code NRM_PERSONAL_DATA_MASTER_KEYS_FILE} (a secret mounted in production). When neither is set, a local run
 * (no OAuth issuer) uses a default file in the user's home directory, outside the data folder, made with a new key on
 * first start, so it needs no setting and both applications find the same key; production (an issuer) refuses to
 * start, rather than make a key of its own that the other application, or its next container, would not have.
 */
final class MasterKeySettings {

    private static final Logger log = LoggerFactory.getLogger(MasterKeySettings.class);

    static MasterKeys load(String inline, String file, Path localDefault, boolean production, Clock clock) {
        if (inline != null && !inline.isBlank()) {
            return MasterKeys.parse(inline);
        }
        if ((file == null || file.isBlank()) && production) {
            throw new IllegalStateException("With an OAuth issuer (production), set NRM_PERSONAL_DATA_MASTER_KEYS_FILE "
                    + "or NRM_PERSONAL_DATA_MASTER_KEYS, the same for both applications (docs/personal-data.md)");
        }
        Path path = file == null || file.isBlank() ? localDefault : Path.of(file);
        if (path.equals(localDefault) && !Files.exists(path)) {
            create(path, clock);
        }
        try {
            return MasterKeys.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master keys file " + path, e);
        }
    }

    private static void create(Path path, Clock clock) {
        try {
            Files.createDirectories(path.getParent());
            Path written = Files.createTempFile(path.getParent(), "master-keys", ".new");
            setOwnerOnly(written);
            Files.writeString(written, MasterKeys.newEntry("local-" + LocalDate.now(clock)) + "\n");
            try {
                Files.createLink(path, written); // atomic: the other application may be making one at this moment
                log.warn("Made a new master key for personal data in {}: for local use only; production sets "
                        + "NRM_PERSONAL_DATA_MASTER_KEYS_FILE (docs/personal-data.md)", path);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // keep the one the other application made
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the local master keys file " + path, e);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile directory is private already
        }
    }

    private MasterKeySettings() {
    }
}
