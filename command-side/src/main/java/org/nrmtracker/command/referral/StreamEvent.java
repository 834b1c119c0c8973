package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.SequencedEvent;

/** One event of the referral's stream at its sequence number, as the aggregate keeps it for corrections. */
record StreamEvent(long sequence, ReferralEvent event) implements SequencedEvent {
}
