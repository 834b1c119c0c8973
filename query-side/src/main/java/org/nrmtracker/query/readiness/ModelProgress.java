package org.nrmtracker.query.readiness;

/**
 * How far one read model has come towards what it must hold before this instance answers from it.
 *
 * @param model    the model's processing group
 * @param position how far it has read the event store: the global position of its processor's slowest segment, or,
 *                 while the build at start fills it, of the last event the build has read
 * @param target   the store's head when the model had to start: the position it must reach
 * @param complete whether it holds every event at or below {@code target} (gap-aware: an event still being committed
 *                 then is not waited for)
 */
public record ModelProgress(String model, long position, long target, boolean complete) {
}
