package org.nrmtracker.command.referral.history;

import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.command.referral.http.Recorder;
import org.nrmtracker.command.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applies an NDJSON history line by line, as it streams in (contract §3.3): each line on its own, through the
 * referral's own rules, so a refused line never stops the rest. Memory holds one line at a time, whatever the
 * file's length.
 */
@Component
class HistoryImport {

    private static final Logger log = LoggerFactory.getLogger(HistoryImport.class);
    private static final AtomicLong IMPORTS = new AtomicLong();

    private final LineCommands lines;
    private final Recorder recorder;
    private final int maxLineBytes;

    HistoryImport(LineCommands lines, Recorder recorder,
                  @Value("${nrm.import.max-line-bytes:65536}") int maxLineBytes) {
        this.lines = lines;
        this.recorder = recorder;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Applies every line of the body, counting outcomes in the tally.
     *
     * @param contentLength the declared length of the body, or -1, for the progress log's estimate
     * @throws IOException when the body cannot be read further (e.g. it passed its size limit); the lines before
     *                     stay applied, as the tally counts them
     */
    void run(InputStream body, long contentLength, Caller caller, ImportTally tally) throws IOException {
        BoundedLines input = new BoundedLines(body, maxLineBytes);
        ImportProgress progress = new ImportProgress(IMPORTS.incrementAndGet(), contentLength, System::nanoTime);
        try {
            while (input.next()) {
                apply(input, caller, tally);
                tally.reached(input.number());
                progress.lineDone(input.number(), input.bytesRead());
            }
        } catch (IOException e) {
            progress.stopped(tally.lastLine(), tally, e.getClass().getSimpleName());
            throw e;
        }
        progress.finished(input.number(), tally);
    }

    // blank lines are skipped: they count in the numbering (so numbers match the file) but not in the tally
    private void apply(BoundedLines line, Caller caller, ImportTally tally) {
        if (line.tooLong()) {
            tally.reject(line.number(), 400, "The line is longer than %d bytes.".formatted(maxLineBytes));
            return;
        }
        if (line.blank()) {
            return;
        }
        try {
            Object command = lines.commandOf(line.bytes(), line.length());
            RecordedEvent recorded = recorder.record(command, caller);
            if (recorded.duplicate()) {
                tally.duplicate();
            } else {
                tally.accept();
            }
        } catch (RejectedLine rejected) {
            tally.reject(line.number(), rejected.status(), rejected.detail());
        } catch (RuntimeException e) {
            RejectedLine refusal = RejectedLine.refusal(e);
            if (refusal.status() == RejectedLine.INTERNAL_ERROR) {
                log.error("History import: line {} failed: {}", line.number(), withoutMessages(e));
            }
            tally.reject(line.number(), refusal.status(), refusal.detail());
        }
    }

    /** The causes' classes and where the innermost arose; no messages, which may quote the line. */
    private static String withoutMessages(Throwable e) {
        StringBuilder trace = new StringBuilder(e.getClass().getName());
        Throwable innermost = e;
        for (Throwable c = e.getCause(); c != null && c != innermost; c = c.getCause()) {
            trace.append(" caused by ").append(c.getClass().getName());
            innermost = c;
        }
        StackTraceElement[] frames = innermost.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 5); i++) {
            trace.append("\n\tat ").append(frames[i]);
        }
        return trace.toString();
    }
}
