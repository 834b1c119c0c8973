package org.nrmtracker.command.referral.history;

import java.util.ArrayList;
import java.util.List;

/** Counts the outcome of every line of one import, and keeps the first errors only, whatever the file's size. */
final class ImportTally {

    /** docs/api.md §3.3: the answer lists at most the first 1,000 errors. */
    static final int MAX_ERRORS = 1_000;

    private final List<LineError> errors = new ArrayList<>();
    private long accepted;
    private long duplicates;
    private long rejected;
    private long lastLine;
    private Long position;

    void accept() {
        accepted++;
    }

    void duplicate() {
        duplicates++;
    }

    void reject(long line, int status, String detail) {
        rejected++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(new LineError(line, status, detail));
        }
    }

    /** The line, by number, that has been dealt with, whatever its outcome. */
    void reached(long line) {
        lastLine = line;
    }

    /** An accepted line's event is stored at this global position. */
    void positioned(long eventPosition) {
        position = position == null ? eventPosition : Math.max(position, eventPosition);
    }

    long lastLine() {
        return lastLine;
    }

    long accepted() {
        return accepted;
    }

    long duplicates() {
        return duplicates;
    }

    long rejected() {
        return rejected;
    }

    ImportSummary summary() {
        return new ImportSummary(accepted, duplicates, rejected, position, List.copyOf(errors));
    }
}
