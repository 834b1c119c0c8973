package org.nrmtracker.benchmark;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.nrmtracker.kernel.referral.ReferralEvent;

/**
 * The peer comparison's replayed handler: does nothing with an event but count it. It takes the event record, so each
 * payload is deserialised, as for any real handler.
 */
final class NoOpHandler {

    final Deliveries deliveries;

    NoOpHandler(int expected) {
        this.deliveries = new Deliveries(expected);
    }

    @EventHandler
    void on(ReferralEvent event, EventMessage<?> message) {
        deliveries.delivered(message);
    }
}
