package org.nrmtracker.command.referral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.nrmtracker.kernel.referral.PersonalDataErased;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The erasure of a referral's personal data, a part of the {@link Referral} (docs/personal-data.md): recorded once,
 * and every later erasure is answered with the first one, so a second request answers the same. The key itself is
 * destroyed by the caller once the erasure is recorded. Its organisation check is the referral's.
 */
class ReferralErasure {

    private RecordedEvent erasure;

    @CommandHandler
    Object handle(ErasePersonalData command, Clock clock) {
        if (erasure != null) {
            return erasure.asDuplicate();
        }
        apply(new PersonalDataErased(command.referralId(), LocalDate.now(clock), command.reason()));
        return erasure;
    }

    /** Whether the erasure is recorded: from then on no personal field is sealed again for this referral. */
    boolean erased() {
        return erasure != null;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        // at the millisecond the store keeps, as RecordedEvents does
        erasure = new RecordedEvent(event.referralId(), sequence, recordedAt.truncatedTo(ChronoUnit.MILLIS), false);
    }
}
