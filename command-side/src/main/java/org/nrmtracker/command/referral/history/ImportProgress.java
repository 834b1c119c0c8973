package org.nrmtracker.command.referral.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Logs how an import advances, every 50,000 lines or 5 seconds, whichever comes first: lines done, lines per
 * second, and, when the client declared the body's length, the share read and the time left. Counts only, never
 * a line's content.
 */
final class ImportProgress {

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);
    static final long EVERY_LINES = 50_000;
    static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final long importNumber;
    private final long totalBytes;
    private final LongSupplier nanoTime;
    private final long startedAt;
    private long loggedAt;
    private long loggedLine;

    /** @param totalBytes the declared Content-Length, or -1 when the body is chunked */
    ImportProgress(long importNumber, long totalBytes, LongSupplier nanoTime) {
        this.importNumber = importNumber;
        this.totalBytes = totalBytes;
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
        this.loggedAt = startedAt;
        log.info("History import {} started ({})", importNumber,
                totalBytes < 0 ? "length not declared" : totalBytes + " bytes");
    }

    void lineDone(long line, long bytesRead) {
        if (line - loggedLine < EVERY_LINES && nanoTime.getAsLong() - loggedAt < EVERY_NANOS) {
            return;
        }
        long now = nanoTime.getAsLong();
        loggedAt = now;
        loggedLine = line;
        double seconds = Math.max(now - startedAt, 1) / 1e9;
        String read;
        if (totalBytes > 0 && bytesRead > 0) {
            double share = Math.min(1.0, (double) bytesRead / totalBytes);
            long secondsLeft = Math.round(seconds * (totalBytes - Math.min(bytesRead, totalBytes)) / bytesRead);
            read = "%.0f%% of %d bytes read, about %d s to go".formatted(share * 100, totalBytes, secondsLeft);
        } else {
            read = bytesRead + " bytes read";
        }
        log.info("History import {}: {} lines in {} s ({} lines/s), {}", importNumber, line, Math.round(seconds),
                Math.round(line / seconds), read);
    }

    void finished(long lines, ImportTally tally) {
        double seconds = Math.max(nanoTime.getAsLong() - startedAt, 1) / 1e9;
        log.info("History import {} finished: {} lines in {} s ({} lines/s): {} accepted, {} duplicates, {} rejected",
                importNumber, lines, "%.1f".formatted(seconds), Math.round(lines / seconds), tally.accepted(),
                tally.duplicates(), tally.rejected());
    }

    void stopped(long lines, ImportTally tally, String why) {
        log.warn("History import {} stopped after line {} ({}): {} accepted, {} duplicates, {} rejected so far",
                importNumber, lines, why, tally.accepted(), tally.duplicates(), tally.rejected());
    }
}
