package org.nrmtracker.command.referral.history;

/** A referral's refusal of a batch's line, answered instead of thrown by {@link KeepRefusedReferrals}. */
record Refusal(RuntimeException reason) {
}
