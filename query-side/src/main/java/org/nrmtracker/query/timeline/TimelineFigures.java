package org.nrmtracker.query.timeline;

import org.nrmtracker.query.timeline.Timeline.ConclusiveGrounds;
import org.nrmtracker.query.timeline.Timeline.ReasonableGrounds;
import org.nrmtracker.query.timeline.Timeline.Support;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a referral's timeline that statistics add up, read from its events exactly as the timeline reads
 * them (see {@link Timelines#figuresOf}). Cohorts take these from every referral: building whole timelines for
 * them, with the recovery period and each window's end date that no figure reads, was most of their cost.
 *
 * @param clockStart {@code S}, the first positive reasonable-grounds decision, or null
 * @param windows    the state of each window, in the order asked for
 */
public record TimelineFigures(ReferralStatus status, ReasonableGrounds reasonableGrounds,
                              ConclusiveGrounds conclusiveGrounds, LocalDate clockStart, List<WindowState> windows,
                              Support support) {
}
