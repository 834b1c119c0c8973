package org.nrmtracker.command.idempotency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A body read once for its fingerprint and once more by the handler: in memory when small, else on disk. */
class SpooledBodyTest {

    private static final String REQUEST_LINE = "POST /api/v1/referral-events:import\n";

    @TempDir
    Path directory;

    @Test
    void aSmallBodyStaysInMemoryAndHasTheFingerprintOfTheWholeBody() throws IOException {
        byte[] content = "{\"type\":\"WITHDRAWN\"}".getBytes(StandardCharsets.UTF_8);
        var digest = Fingerprints.startingWith(REQUEST_LINE);

        try (SpooledBody body = SpooledBody.read(new ByteArrayInputStream(content), digest, 1024, directory)) {
            assertThat(body.file()).isNull();
            assertThat(body.open().readAllBytes()).isEqualTo(content);
            assertThat(Fingerprints.hex(digest)).isEqualTo(Fingerprints.sha256(REQUEST_LINE, content));
        }
    }

    @Test
    void aLargerBodyGoesToAFileThatIsDeletedOnClose() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024 + 7];
        Arrays.fill(content, (byte) 'x');
        var digest = Fingerprints.startingWith(REQUEST_LINE);
        Path file;

        try (SpooledBody body = SpooledBody.read(new ByteArrayInputStream(content), digest, 0, directory)) {
            file = body.file();
            assertThat(file).exists().hasParent(directory);
            assertThat(Files.size(file)).isEqualTo(content.length);
            assertThat(body.open().readAllBytes()).isEqualTo(content);
            assertThat(body.open().readAllBytes()).as("read again").isEqualTo(content);
            assertThat(Fingerprints.hex(digest)).isEqualTo(Fingerprints.sha256(REQUEST_LINE, content));
        }

        assertThat(file).doesNotExist();
    }

    @Test
    void aSpooledFileNeverHoldsTheBodyInClear() throws IOException {
        String line = "{\"survivor\":{\"subjectRef\":\"spool-zq-5521-personal\"}}\n";
        byte[] content = line.repeat(50_000).getBytes(StandardCharsets.UTF_8);

        try (SpooledBody body = SpooledBody.read(new ByteArrayInputStream(content),
                Fingerprints.startingWith(REQUEST_LINE), 0, directory)) {
            String onDisk = new String(Files.readAllBytes(body.file()), StandardCharsets.ISO_8859_1);
            assertThat(onDisk).doesNotContain("spool-zq-5521").doesNotContain("subjectRef");
            assertThat(body.open().readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aBodyThatFailsWhileSpoolingLeavesNoFileBehind() {
        InputStream failing = new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (given++ > 200_000) {
                    throw new IOException("the client went away");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> SpooledBody.read(failing, Fingerprints.startingWith(REQUEST_LINE), 0, directory))
                .isInstanceOf(IOException.class);
        assertThat(directory).isEmptyDirectory();
    }
}
