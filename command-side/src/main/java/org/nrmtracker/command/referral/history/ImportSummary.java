package org.nrmtracker.command.referral.history;

import java.util.List;

/** The answer to an import (docs/api.md §3.3): lines recorded, already recorded, and refused, with the first errors. */
record ImportSummary(long accepted, long duplicates, long rejected, List<LineError> errors) {
}
