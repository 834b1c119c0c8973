package org.nrmtracker.query.eventstore;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code eventStream} in the health endpoint: DOWN while a read model is stopped at an event it cannot read
 * ({@link UnreadableEvents}), with where and what is wrong. It makes the overall health DOWN, for alerting, but not
 * readiness: every instance stops at the same event, and taking them all out would only turn stale answers (each
 * says how far it is complete in {@code NRM-Position}) into none.
 */
@Component("eventStream")
class UnreadableEventsHealth implements HealthIndicator {

    private final UnreadableEvents unreadable;

    UnreadableEventsHealth(UnreadableEvents unreadable) {
        this.unreadable = unreadable;
    }

    @Override
    public Health health() {
        List<UnreadableEvents.Stop> stops = unreadable.stops();
        return stops.isEmpty() ? Health.up().build() : Health.down().withDetail("unreadable", stops).build();
    }
}
