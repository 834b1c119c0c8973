package org.nrmtracker.query.eventstore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.nrmtracker.kernel.eventstore.UnreadableStoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The stored events a read model stopped at because it cannot read them (a hand edit gave a stored field another
 * type, or a payload no longer fits its event type): the processors and the one-pass builds never skip such an
 * event, they wait before it. Each is logged once, counted by the gauge {@code nrm.events.unreadable} and makes the
 * {@code eventStream} health DOWN ({@link UnreadableEventsHealth}) until a read model gets past its position, which
 * happens once the document is mended (ops/runbook.md, "An unreadable stored event").
 */
@Component
public class UnreadableEvents {

    private static final Logger log = LoggerFactory.getLogger(UnreadableEvents.class);

    /** One event a read model stopped at; names fields and types, never stored values. */
    public record Stop(long position, String referralId, long sequence, String problem, String reader) {
    }

    private final ConcurrentSkipListMap<Long, Stop> stops = new ConcurrentSkipListMap<>();

    UnreadableEvents(MeterRegistry registry) {
        Gauge.builder("nrm.events.unreadable", stops, Map::size)
                .description("Stored events a read model stopped at because it cannot read them (0 when all is well)")
                .register(registry);
    }

    /** A read of the store failed at an unreadable event. */
    public void stoppedAt(UnreadableStoredEvent unreadable, String reader) {
        stoppedAt(new Stop(unreadable.position(), unreadable.referralId(), unreadable.sequence(), unreadable.problem(),
                reader));
    }

    public void stoppedAt(Stop stop) {
        Stop before = stops.put(stop.position(), stop);
        if (before == null || !before.problem().equals(stop.problem())) {
            log.error("Read models stopped at position {}: the event stored there (referral {}, sequence {}) cannot"
                            + " be read by {}: {} They wait before it, never skipping it, until the document is mended"
                            + " (ops/runbook.md, \"An unreadable stored event\").", stop.position(), stop.referralId(),
                    stop.sequence(), stop.reader(), stop.problem());
        }
    }

    /** A read model handled the event at {@code position}: every stop at or before it is over. */
    public void passed(long position) {
        if (!stops.isEmpty()) {
            Collection<Stop> over = stops.headMap(position, true).values();
            over.forEach(stop -> log.info("Read models got past position {}: its event can be read again",
                    stop.position()));
            over.clear();
        }
    }

    public List<Stop> stops() {
        return List.copyOf(stops.values());
    }
}
