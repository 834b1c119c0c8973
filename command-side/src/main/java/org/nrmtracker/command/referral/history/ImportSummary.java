package org.nrmtracker.command.referral.history;

import java.util.List;

/**
 * The answer to an import (docs/api.md §3.3): lines recorded, already recorded, and refused, with the first errors.
 * {@code position} is the highest global position of the events it recorded (null when it recorded none): a read
 * with that {@code minPosition} sees every line it accepted.
 */
record ImportSummary(long accepted, long duplicates, long rejected, Long position, List<LineError> errors) {
}
