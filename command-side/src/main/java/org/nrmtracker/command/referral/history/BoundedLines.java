package org.nrmtracker.command.referral.history;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads NDJSON one line at a time in bounded memory: a fixed read buffer plus the current line, at most
 * {@code maxLineBytes} long. A longer line is reported as too long and skipped up to its newline without being
 * kept. Lines end with LF (a CR before it is dropped); the last one may lack it. The current line is valid until
 * the next call to {@link #next()}.
 */
final class BoundedLines {

    private static final int READ_BUFFER = 64 * 1024;
    private static final int FIRST_LINE_CAPACITY = 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[READ_BUFFER];
    private int position;
    private int limit;
    private boolean ended;
    private long bytesRead;

    private byte[] line = new byte[FIRST_LINE_CAPACITY];
    private int length;
    private boolean tooLong;
    private long number;

    BoundedLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!started) {
                    return false;
                }
                break;
            }
            started = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            append(position, end - position);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (length > maxLineBytes) {
            tooLong = true;
            length = 0;
        }
        return true;
    }

    /** 1-based number of the current line, blank ones included, so that it matches the file. */
    long number() {
        return number;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** The line was longer than the limit; its content was skipped, not kept. */
    boolean tooLong() {
        return tooLong;
    }

    /** Empty or only spaces and tabs (a CR has already been dropped). */
    boolean blank() {
        if (tooLong) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Bytes taken from the input so far, read-ahead included. */
    long bytesRead() {
        return bytesRead;
    }

    /** What this reader holds on to: its read buffer and its line, never more than one line. */
    int retainedBytes() {
        return buffer.length + line.length;
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n = in.read(buffer);
        if (n <= 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        bytesRead += n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    // keeps one byte more than the limit, so that a CR before the newline does not make a line too long
    private void append(int from, int count) {
        if (tooLong || count == 0) {
            return;
        }
        if (length + count > maxLineBytes + 1) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + count > line.length) {
            byte[] larger = new byte[Math.min(Math.max(line.length * 2, length + count), maxLineBytes + 1)];
            System.arraycopy(line, 0, larger, 0, length);
            line = larger;
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }
}
