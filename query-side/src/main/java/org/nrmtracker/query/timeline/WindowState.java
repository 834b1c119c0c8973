package org.nrmtracker.query.timeline;

/** A decision window's state as of a date (docs/api.md §4.1); {@link DecisionWindow#stateOn} tells which. */
public enum WindowState {
    NOT_STARTED, MET, MISSED, OPEN, NOT_APPLICABLE
}
