package org.nrmtracker.command.referral.history;

/** A rejected line of an import: its 1-based number in the file, the status it would have had alone, and why. */
record LineError(long line, int status, String detail) {
}
