package org.nrmtracker.query.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A projection rebuild as docs/api.md §7 shows it, plus an estimate of the time left while it runs. */
public record RebuildStatus(String id, RebuildState state, long eventsProcessed, long eventsTotal,
                            double eventsPerSecond, String startedAt, String finishedAt, Long differences,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Long estimatedSecondsRemaining) {

    public enum RebuildState { RUNNING, COMPLETED, FAILED }
}
