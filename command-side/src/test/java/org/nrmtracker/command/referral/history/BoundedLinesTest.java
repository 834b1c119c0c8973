package org.nrmtracker.command.referral.history;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's line reader: one line at a time, in bounded memory, whatever the input's length. */
class BoundedLinesTest {

    private static final int MAX_LINE = 64 * 1024;
    private static final int READ_BUFFER = 64 * 1024;
    private static final String EVENT = "{\"referralId\":\"8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10\","
            + "\"type\":\"WITHDRAWN\",\"withdrawnOn\":\"2024-03-01\"}";

    @Test
    void linesEndAtNewlinesWithOrWithoutCarriageReturnAndTheLastMayLackOne() throws IOException {
        List<String> lines = readAll("a\nbb\r\n\n  \nccc", 16);

        assertThat(lines).containsExactly("1:a", "2:bb", "3:<blank>", "4:<blank>", "5:ccc");
    }

    @Test
    void aFinalNewlineEndsTheLastLineWithoutStartingAnother() throws IOException {
        assertThat(readAll("a\nb\n", 16)).containsExactly("1:a", "2:b");
        assertThat(readAll("", 16)).isEmpty();
        assertThat(readAll("\n", 16)).containsExactly("1:<blank>");
    }

    @Test
    void aLineOfExactlyTheLimitIsKeptAndOneByteMoreIsTooLong() throws IOException {
        String atLimit = "x".repeat(16);

        List<String> lines = readAll(atLimit + "\r\n" + atLimit + "y\nz", 16);

        assertThat(lines).containsExactly("1:" + atLimit, "2:<too long>", "3:z");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedToItsNewlineWithoutBeingKept() throws IOException {
        int hugeLine = 50 * 1024 * 1024;
        BoundedLines lines = new BoundedLines(new GeneratedLines(3, n -> n == 2 ? hugeLine : 10), 1024);

        assertThat(lines.next()).isTrue();
        assertThat(lines.tooLong()).isFalse();
        assertThat(lines.next()).isTrue();
        assertThat(lines.tooLong()).isTrue();
        assertThat(lines.number()).isEqualTo(2);
        assertThat(lines.retainedBytes()).isLessThanOrEqualTo(READ_BUFFER + 1024 + 1);
        assertThat(lines.next()).isTrue();
        assertThat(new String(lines.bytes(), 0, lines.length(), StandardCharsets.US_ASCII)).isEqualTo("xxxxxxxxxx");
        assertThat(lines.next()).isFalse();
    }

    /** A million lines streamed through, never materialised: counted exactly, in memory of one line. */
    @Test
    void aMillionLinesAreReadOneAtATime() throws IOException {
        int count = 1_000_000;
        GeneratedLines input = new GeneratedLines(count,
                n -> n % 100_000 == 0 ? 5 * MAX_LINE : n % 1_000 == 0 ? 0 : EVENT.length());
        BoundedLines lines = new BoundedLines(input, MAX_LINE);
        long read = 0;
        long blank = 0;
        long tooLong = 0;
        long eventBytes = 0;
        int mostRetained = 0;

        while (lines.next()) {
            read++;
            assertThat(lines.number()).isEqualTo(read);
            if (lines.tooLong()) {
                tooLong++;
            } else if (lines.blank()) {
                blank++;
            } else {
                eventBytes += lines.length();
            }
            mostRetained = Math.max(mostRetained, lines.retainedBytes());
        }

        assertThat(read).isEqualTo(count);
        assertThat(tooLong).isEqualTo(10);
        assertThat(blank).isEqualTo(1_000 - 10);
        assertThat(eventBytes).isEqualTo((count - 1_000) * (long) EVENT.length());
        assertThat(lines.bytesRead()).isEqualTo(input.produced()).isGreaterThan(100_000_000L);
        assertThat(mostRetained).isLessThanOrEqualTo(READ_BUFFER + MAX_LINE + 1);
    }

    private static List<String> readAll(String text, int maxLine) throws IOException {
        BoundedLines lines = new BoundedLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLine);
        List<String> seen = new ArrayList<>();
        while (lines.next()) {
            String content = lines.tooLong() ? "<too long>" : lines.blank() ? "<blank>"
                    : new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8);
            seen.add(lines.number() + ":" + content);
        }
        return seen;
    }

    /**
     * Lines made up as they are read: line n (1-based) has the length the function gives, filled from the sample
     * event (or with 'x' when longer), and ends with LF, or CRLF on every third line.
     */
    private static final class GeneratedLines extends InputStream {
        private final long count;
        private final java.util.function.LongToIntFunction lengthOf;
        private final byte[] sample = EVENT.getBytes(StandardCharsets.US_ASCII);
        private long line;
        private long remaining = -1;
        private int length;
        private int ending;
        private long produced;

        GeneratedLines(long count, java.util.function.LongToIntFunction lengthOf) {
            this.count = count;
            this.lengthOf = lengthOf;
        }

        long produced() {
            return produced;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                if (remaining < 0) {
                    if (line == count) {
                        break;
                    }
                    line++;
                    length = lengthOf.applyAsInt(line);
                    remaining = length;
                    ending = line % 3 == 0 ? 2 : 1;
                }
                if (remaining > 0) {
                    int position = (int) (length - remaining);
                    b[off + n++] = length == sample.length ? sample[position] : (byte) 'x';
                    remaining--;
                } else if (ending == 2) {
                    b[off + n++] = '\r';
                    ending = 1;
                } else {
                    b[off + n++] = '\n';
                    remaining = -1;
                }
            }
            produced += n;
            return n == 0 && len > 0 ? -1 : n;
        }
    }
}
