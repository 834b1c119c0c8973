package org.nrmtracker.command.referral.history;

/**
 * A line read and waiting for its batch: the command it asks for, or why it was refused before reaching any
 * referral (too long, not JSON, not a valid event), which no commit can change.
 */
record PendingLine(long line, Object command, RejectedLine rejection) {

    static PendingLine command(long line, Object command) {
        return new PendingLine(line, command, null);
    }

    static PendingLine rejected(long line, RejectedLine rejection) {
        return new PendingLine(line, null, rejection);
    }
}
