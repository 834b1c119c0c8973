package org.nrmtracker.command.erasure;

import jakarta.validation.constraints.NotNull;
import org.nrmtracker.kernel.referral.ErasureReason;

/** The body of {@code POST /api/v1/referrals/{referralId}/erasure} (docs/api.md §3.4): why, and nothing else. */
record ErasureRequest(@NotNull ErasureReason reason) {
}
