package org.nrmtracker.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One distinct time of a Kaplan–Meier curve (docs/api.md §5.4), as a row of R's {@code summary(fit, censored = TRUE)}:
 * who was at risk just before {@code days}, the events and censorings at it, and the survival with its 95%
 * log-transformed confidence bounds from then on. Bounds are null where survival is 0, as R gives NA there.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record SurvivalStep(Long days, Long atRisk, Long events, Long censored, Double survival, Double lower95,
                    Double upper95) {

    /** The step of a CSV row that has none: a suppressed group's. */
    static final SurvivalStep NONE = new SurvivalStep(null, null, null, null, null, null, null);
}
