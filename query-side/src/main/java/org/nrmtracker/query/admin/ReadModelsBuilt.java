package org.nrmtracker.query.admin;

import java.util.List;

/**
 * Published when the build at start has built read models in one pass over the event store; none is when there
 * was nothing worth building.
 *
 * @param groups the processing groups whose models were built
 * @param events the events read
 */
public record ReadModelsBuilt(List<String> groups, long events) {

    public ReadModelsBuilt {
        groups = List.copyOf(groups);
    }
}
