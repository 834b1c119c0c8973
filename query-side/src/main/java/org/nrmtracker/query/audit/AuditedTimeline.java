package org.nrmtracker.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.nrmtracker.query.audit.IntegrityReport.Violation;
import org.nrmtracker.query.timeline.Timeline;

import java.util.List;

/**
 * A timeline as it was known at an instant (docs/api.md §6.4): the timeline of §4.1, and {@code violations} only when
 * an event of the referral could not be read (then the timeline lacks it, or is absent when the referral's first
 * event is the one).
 */
record AuditedTimeline(@JsonUnwrapped Timeline timeline,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Violation> violations) {
}
