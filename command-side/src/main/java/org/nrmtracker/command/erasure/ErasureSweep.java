package org.nrmtracker.command.erasure;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.ErasureReason;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ReferralId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Once a day, and a minute after start, one pass over the event store (docs/personal-data.md):
 * <ul>
 *   <li>a referral whose stream records an erasure loses any key it still has: one restored from a backup taken
 *       before the erasure;</li>
 *   <li>with a retention period ({@code nrm.retention.period}, e.g. {@code P7Y}), a referral whose last event was
 *       recorded longer ago than that is erased, reason {@code RETENTION_PERIOD}, recorded by
 *       {@value #RETENTION}.</li>
 * </ul>
 * Only referrals that still have a key are looked at, and "now" is the application's clock.
 */
@Component
class ErasureSweep {

    static final String RETENTION = "retention-period";
    private static final Logger log = LoggerFactory.getLogger(ErasureSweep.class);

    private final EventStorageEngine events;
    private final PersonalData personalData;
    private final Erasures erasures;
    private final Period retention;
    private final Clock clock;

    ErasureSweep(EventStorageEngine events, PersonalData personalData, Erasures erasures,
                 @Value("${nrm.retention.period:}") String retention, Clock clock) {
        this.events = events;
        this.personalData = personalData;
        this.erasures = erasures;
        this.retention = retention == null || retention.isBlank() ? null : Period.parse(retention);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
    void sweepDaily() {
        Result result = sweep();
        if (result.keysDestroyedAgain() > 0 || result.erasedForRetention() > 0) {
            log.info("Erasure sweep: {} keys of erased referrals destroyed again, {} referrals erased after the "
                    + "retention period {}", result.keysDestroyedAgain(), result.erasedForRetention(), retention);
        }
    }

    Result sweep() {
        Set<String> withKeys = new HashSet<>();
        personalData.keys().referralsWithKeys().forEach(id -> withKeys.add(id.toString()));
        if (withKeys.isEmpty()) {
            return new Result(0, 0);
        }
        Map<String, Instant> lastRecorded = new HashMap<>();
        Set<String> erased = new HashSet<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            stream.forEach(event -> {
                String referral = ((DomainEventMessage<?>) event).getAggregateIdentifier();
                if (!withKeys.contains(referral)) {
                    return;
                }
                if (PersonalDataErased.class.equals(event.getPayloadType())) {
                    erased.add(referral);
                } else {
                    lastRecorded.merge(referral, event.getTimestamp(), (a, b) -> a.isAfter(b) ? a : b);
                }
            });
        }
        long destroyedAgain = erased.stream().filter(id -> personalData.erase(ReferralId.of(id))).count();
        long expired = 0;
        if (retention != null) {
            Instant cutoff = ZonedDateTime.now(clock).minus(retention).toInstant();
            for (Map.Entry<String, Instant> last : lastRecorded.entrySet()) {
                if (!erased.contains(last.getKey()) && last.getValue().isBefore(cutoff)
                        && eraseForRetention(ReferralId.of(last.getKey()))) {
                    expired++;
                }
            }
        }
        return new Result(destroyedAgain, expired);
    }

    /** One referral's failure (another event recorded on it at that moment) leaves it to the next sweep. */
    private boolean eraseForRetention(ReferralId referralId) {
        try {
            erasures.erase(referralId, ErasureReason.RETENTION_PERIOD, RETENTION, null, true);
            return true;
        } catch (RuntimeException e) {
            log.warn("Referral {} not erased after the retention period, left to the next sweep: {}", referralId,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    record Result(long keysDestroyedAgain, long erasedForRetention) {
    }
}
