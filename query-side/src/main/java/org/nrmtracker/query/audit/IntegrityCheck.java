package org.nrmtracker.query.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.nrmtracker.kernel.integrity.AuditedEvent;
import org.nrmtracker.kernel.integrity.HashChain;
import org.nrmtracker.query.audit.IntegrityReport.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Verifies every stream's hash chain (docs/api.md §6.2) in one pass over the global stream, read in
 * recording order in blocks of exact keys: memory holds one block and, per stream, only the last
 * sequence and hash seen. A commit still in flight when the check starts is not waited for; its
 * stream's later events cannot exist yet, so it causes no false report.
 * <p>
 * Within a stream, recording order is sequence order (an event is appended only after its
 * predecessor is stored), so an event out of that order was moved. Removing a stream's last
 * events leaves a shorter, valid chain: that is beyond what a hash chain can show. An event whose stored fields a
 * hand edit gave another type is reported as unreadable, and the walk goes on.
 */
@Component
class IntegrityCheck {

    static final int BATCH = 500;
    /** Enough to act on; a store damaged beyond this is reported by count in the log. */
    static final int MAX_VIOLATIONS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);

    private record Head(long sequence, String hash) {
    }

    private final StoredEvents storedEvents;
    /** What the last check on this instance found, for alerting (ops/prometheus/alerts.yml); NaN before the first. */
    private final AtomicReference<Double> lastFound = new AtomicReference<>(Double.NaN);

    IntegrityCheck(StoredEvents storedEvents, MeterRegistry registry) {
        this.storedEvents = storedEvents;
        Gauge.builder("nrm.integrity.violations", lastFound, AtomicReference::get)
                .description("Violations the last integrity check on this instance found (NaN before the first)")
                .register(registry);
    }

    /** Walks the store up to the last position handed out when the check starts. */
    IntegrityReport run() {
        long end = storedEvents.lastPosition();
        Map<String, Head> heads = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        long events = 0;
        long found = 0;
        long position = 0;
        while (position < end) {
            List<StoredEvent> batch = storedEvents.after(position, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (StoredEvent event : batch) {
                if (event.globalIndex() > end) {
                    break;
                }
                events++;
                for (Violation violation : check(event, heads)) {
                    if (found++ < MAX_VIOLATIONS) {
                        violations.add(violation);
                    }
                }
            }
            position = batch.get(batch.size() - 1).globalIndex();
        }
        if (found > MAX_VIOLATIONS) {
            log.warn("Integrity check found {} violations; the answer lists the first {}", found, MAX_VIOLATIONS);
        }
        log.info("Integrity check walked {} events of {} streams: {} violations", events, heads.size(), found);
        lastFound.set((double) found);
        return new IntegrityReport(heads.size(), events, violations);
    }

    private static List<Violation> check(StoredEvent event, Map<String, Head> heads) {
        List<Violation> violations = new ArrayList<>(1);
        String referralId = event.aggregateId();
        long sequence = event.sequence();
        if (!event.readable()) {
            violations.add(unreadable(event));
            if (referralId == null || sequence < 0) {
                return violations; // nothing to place it in a chain with
            }
        } else {
            hashProblem(event).ifPresent(problem -> violations.add(new Violation(referralId, sequence, problem)));
        }
        Head last = heads.get(referralId);
        if (last == null && sequence != 0) {
            violations.add(new Violation(referralId, 0, "Sequence 0 is missing: the first event stored for this"
                    + " referral is sequence " + sequence + "."));
        } else if (last == null && !HashChain.GENESIS.equals(event.previousHash())) {
            violations.add(new Violation(referralId, 0, "Sequence 0 does not link to the genesis hash (64 zeros):"
                    + " it is not the start of the chain."));
        } else if (last != null && sequence == last.sequence()) {
            violations.add(new Violation(referralId, sequence, "Sequence " + sequence + " is stored twice."));
            return violations;
        } else if (last != null && sequence < last.sequence()) {
            violations.add(new Violation(referralId, sequence, "Sequence " + sequence + " is recorded after sequence "
                    + last.sequence() + ": a duplicate, or the events are out of order."));
            return violations;
        } else if (last != null && sequence > last.sequence() + 1) {
            long missing = last.sequence() + 1;
            violations.add(new Violation(referralId, missing, (sequence - missing == 1
                    ? "Sequence " + missing + " is missing"
                    : "Sequences " + missing + " to " + (sequence - 1) + " are missing")
                    + ": sequence " + sequence + " follows sequence " + last.sequence() + " in recording order."));
        } else if (last != null && last.hash() != null && event.readable()
                && !last.hash().equals(event.previousHash())) {
            violations.add(new Violation(referralId, sequence, "The previousHash does not match the hash of sequence "
                    + last.sequence() + ": the chain is broken there (an event replaced, removed or moved)."));
        }
        heads.put(referralId, new Head(sequence, event.hash()));
        return violations;
    }

    /** A stored field of the wrong type (a hand edit): said as the kernel's reader says it, never quoting values. */
    static Violation unreadable(StoredEvent event) {
        return new Violation(event.aggregateId(), event.sequence(), "The stored event at position "
                + event.globalIndex() + " cannot be read: " + event.unreadable());
    }

    /** Recomputes the hash from what is stored now; messages never quote the stored content. */
    private static Optional<String> hashProblem(StoredEvent event) {
        String recomputed;
        try {
            recomputed = HashChain.link(event.previousHash(), new AuditedEvent(event.aggregateId(), event.sequence(),
                    StoredPayloads.typeOf(event), event.payload(), event.recordedAt(), event.recordedBy()));
        } catch (IllegalArgumentException e) {
            return Optional.of("The event cannot be hashed: " + e.getMessage());
        } catch (NullPointerException e) {
            return Optional.of("The event cannot be hashed: its stored record lacks a field the hash covers.");
        }
        return recomputed.equals(event.hash()) ? Optional.empty()
                : Optional.of("The hash does not match the event's content: its payload, recordedAt,"
                + " recordedBy, type or previousHash was changed after it was recorded.");
    }
}
