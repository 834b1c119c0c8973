package org.nrmtracker.kernel.eventstore;

/** A payload for engine tests; the engine is indifferent to what it stores. */
public record TestEvent(String stream, long number) {
}
