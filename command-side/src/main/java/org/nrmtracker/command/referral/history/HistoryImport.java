package org.nrmtracker.command.referral.history;

import org.nrmtracker.command.eventstore.EventPositions;
import org.nrmtracker.command.referral.http.Recorder;
import org.nrmtracker.platform.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applies an NDJSON history as it streams in (docs/api.md §3.3): each line on its own, through the referral's own
 * rules, so a refused line never stops the rest. Lines go in batches ({@link BatchRecorder}) of at most
 * {@code nrm.import.batch-lines} lines and {@code nrm.import.batch-bytes} bytes, so memory holds one batch
 * whatever the file's length. A batch that cannot be stored as one is applied again line by line, each line its own
 * command as the single-event endpoints send it; no outcome of a batch is counted before it is stored.
 */
@Component
class HistoryImport {

    private static final AtomicLong IMPORTS = new AtomicLong();

    private final LineCommands lines;
    private final LineByLine lineByLine;
    private final BatchRecorder batches;
    private final EventPositions positions;
    private final int maxLineBytes;
    private final int batchLines;
    private final long batchBytes;

    /** @param batchLines 1 applies every line on its own, as its own command */
    HistoryImport(LineCommands lines, Recorder recorder, BatchRecorder batches, EventPositions positions,
                  @Value("${nrm.import.max-line-bytes:65536}") int maxLineBytes,
                  @Value("${nrm.import.batch-lines:500}") int batchLines,
                  @Value("${nrm.import.batch-bytes:4194304}") long batchBytes) {
        this.lines = lines;
        this.lineByLine = new LineByLine(recorder);
        this.batches = batches;
        this.positions = positions;
        this.maxLineBytes = maxLineBytes;
        this.batchLines = Math.max(1, batchLines);
        this.batchBytes = batchBytes;
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
        List<PendingLine> batch = new ArrayList<>(batchLines);
        long bytes = 0;
        try {
            while (input.next()) {
                PendingLine line = read(input);
                if (line != null) {
                    batch.add(line);
                    bytes += input.length();
                }
                if (batch.size() >= batchLines || bytes >= batchBytes) {
                    apply(batch, caller, tally);
                    batch.clear();
                    bytes = 0;
                    tally.reached(input.number());
                    progress.lineDone(input.number(), input.bytesRead());
                }
            }
        } catch (IOException e) {
            apply(batch, caller, tally); // the lines read before the body stopped
            tally.reached(input.number());
            progress.stopped(tally.lastLine(), tally, e.getClass().getSimpleName());
            throw e;
        }
        apply(batch, caller, tally);
        tally.reached(input.number());
        progress.finished(input.number(), tally);
    }

    /** The line's command, or why it is refused before reaching a referral; null for a blank line. */
    private PendingLine read(BoundedLines line) {
        // blank lines are skipped: they count in the numbering (so numbers match the file) but not in the tally
        if (line.tooLong()) {
            return PendingLine.rejected(line.number(),
                    RejectedLine.invalid("The line is longer than %d bytes.".formatted(maxLineBytes)));
        }
        if (line.blank()) {
            return null;
        }
        try {
            return PendingLine.command(line.number(), lines.commandOf(line.bytes(), line.length()));
        } catch (RejectedLine rejected) {
            return PendingLine.rejected(line.number(), rejected);
        }
    }

    private void apply(List<PendingLine> batch, Caller caller, ImportTally tally) {
        if (batch.isEmpty()) {
            return;
        }
        List<LineOutcome> outcomes;
        boolean storedAsOne = batch.size() > 1;
        if (!storedAsOne) {
            outcomes = lineByLine.apply(batch, List.of(), caller);
        } else {
            try {
                outcomes = batches.record(batch, caller);
            } catch (BatchFailed failed) {
                outcomes = lineByLine.apply(batch, failed.attempted(), caller);
                storedAsOne = false;
            }
        }
        outcomes.forEach(outcome -> outcome.countIn(tally));
        countPositions(outcomes, storedAsOne, tally);
    }

    /**
     * The answer's position (docs/api.md §3.3): the highest of the accepted lines'. A batch stored as one gave its
     * lines' events increasing positions in line order (one commit per line, in order), so its last accepted line
     * has the highest and one lookup answers; lines applied one by one are each looked up.
     */
    private void countPositions(List<LineOutcome> outcomes, boolean storedAsOne, ImportTally tally) {
        List<LineOutcome> accepted = outcomes.stream().filter(LineOutcome::accepted).toList();
        List<LineOutcome> looked = storedAsOne && !accepted.isEmpty()
                ? List.of(accepted.get(accepted.size() - 1)) : accepted;
        for (LineOutcome outcome : looked) {
            tally.positioned(positions.of(outcome.recorded().referralId(), outcome.recorded().sequence()));
        }
    }
}
