package org.nrmtracker.query.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.nrmtracker.query.calendar.CountsWorkingDays;
import org.nrmtracker.query.timeline.WindowDays;
import org.nrmtracker.query.reads.ReadModel;
import org.nrmtracker.query.reads.ReadsFrom;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * The statistics of docs/api.md §5, as JSON or, with {@code Accept: text/csv}, as CSV ({@link StatisticsCsvConverter}).
 * JSON comes first in {@code produces}, so a client accepting anything gets JSON. {@code asOf} defaults to today in
 * Europe/London from the application's clock.
 */
@RestController
@Tag(name = "Statistics", description = "Figures for analysts, as JSON or (Accept: text/csv) CSV; groups smaller "
        + "than the minimum cell size are suppressed")
@RequestMapping(path = "/api/v1/statistics", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
class StatisticsController {

    private final ReferralCohortStatistics cohorts;
    private final DecisionStatistics decisions;
    private final BacklogStatistics backlog;
    private final ConclusiveGroundsSurvival survival;
    private final BacklogSeries backlogSeries;
    private final Clock clock;

    StatisticsController(ReferralCohortStatistics cohorts, DecisionStatistics decisions, BacklogStatistics backlog,
                         ConclusiveGroundsSurvival survival, BacklogSeries backlogSeries, Clock clock) {
        this.cohorts = cohorts;
        this.decisions = decisions;
        this.backlog = backlog;
        this.survival = survival;
        this.backlogSeries = backlogSeries;
        this.clock = clock;
    }

    /** Both ends of the cohort are optional: without them it runs from the first referral to {@code asOf}. */
    @CountsWorkingDays
    @GetMapping("/referral-cohorts")
    @ReadsFrom(ReadModel.ALL_REFERRALS)
    @Operation(summary = "Decision times and outcomes of a cohort of referrals", description = "Referrals made "
            + "from referredFrom to referredTo, grouped by groupBy (e.g. REFERRAL_QUARTER,AGE_AT_EXPLOITATION): "
            + "decisions, their days, windows met and missed, support, as of asOf.")
    ReferralCohortReport referralCohorts(@RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate referredFrom,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate referredTo,
                                         @RequestParam(required = false) String groupBy,
                                         @RequestParam(required = false) String windows,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf) {
        inOrder(referredFrom, referredTo, "referredTo", "referredFrom");
        return cohorts.answer(new GetReferralCohorts(referredFrom, referredTo, orToday(asOf),
                Grouping.parse(groupBy, false), WindowDays.parse(windows)));
    }

    /**
     * {@code decidedTo} defaults to {@code asOf}, and decisions dated after {@code asOf} are not counted, as
     * everywhere else; {@code decidedFrom} is open when absent.
     */
    @GetMapping("/decisions")
    @ReadsFrom(ReadModel.ALL_REFERRALS)
    @Operation(summary = "Decisions of a stage made in a period", description = "Every recorded decision of the "
            + "stage dated from decidedFrom to decidedTo counts once, in the period it was made, as the Home "
            + "Office tables count them.")
    DecisionReport decisions(@RequestParam(required = false) DecisionStage stage,
                             @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate decidedFrom,
                             @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate decidedTo,
                             @RequestParam(required = false) String groupBy,
                             @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf) {
        if (stage == null) {
            throw new InvalidRequest("stage", "is required: REASONABLE_GROUNDS or CONCLUSIVE_GROUNDS");
        }
        inOrder(decidedFrom, decidedTo, "decidedTo", "decidedFrom");
        LocalDate cutOff = orToday(asOf);
        LocalDate last = decidedTo == null || decidedTo.isAfter(cutOff) ? cutOff : decidedTo;
        return decisions.answer(new GetDecisionCounts(stage, decidedFrom, last, Grouping.parse(groupBy, true)));
    }

    @CountsWorkingDays
    @GetMapping("/backlog")
    @ReadsFrom(ReadModel.ALL_REFERRALS)
    @Operation(summary = "Referrals awaiting a decision at the end of a day", description = "Awaiting reasonable "
            + "grounds, awaiting conclusive grounds, their days waiting and how many are beyond each window.")
    BacklogReport backlog(@RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                          @RequestParam(required = false) String groupBy,
                          @RequestParam(required = false) String windows) {
        return backlog.answer(new GetBacklog(orToday(asOf), Grouping.parse(groupBy, false), WindowDays.parse(windows)));
    }

    /** The cohort is chosen as the cohorts' is; the curves are R's {@code survfit} defaults (docs/api.md §5.4). */
    @CountsWorkingDays
    @GetMapping("/conclusive-grounds-survival")
    @ReadsFrom(ReadModel.ALL_REFERRALS)
    @Operation(summary = "Kaplan–Meier curves of the wait from positive RG to CG", description = "For the referrals "
            + "made from referredFrom to referredTo, grouped by groupBy: one step per distinct time with those at "
            + "risk, events, censorings, survival and its 95% confidence bounds, and the median with its interval, "
            + "as R's survival::survfit reports them; still waiting is censored at asOf, withdrawn at withdrawal.")
    SurvivalReport conclusiveGroundsSurvival(
            @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate referredFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate referredTo,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf) {
        inOrder(referredFrom, referredTo, "referredTo", "referredFrom");
        return survival.answer(new GetConclusiveGroundsSurvival(referredFrom, referredTo, orToday(asOf),
                Grouping.parse(groupBy, false)));
    }

    /** {@code to} defaults to today, {@code from} to a year before {@code to} (docs/api.md §5.5). */
    @CountsWorkingDays
    @GetMapping("/backlog-series")
    @ReadsFrom(ReadModel.ALL_REFERRALS)
    @Operation(summary = "The backlog at the end of each month or quarter", description = "At every month (or "
            + "quarter) end from from to to, exactly what /backlog answers for that date; at most "
            + BacklogSeriesRange.MAX_POINTS + " points.")
    BacklogSeriesReport backlogSeries(@RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to,
                                      @RequestParam(defaultValue = "MONTH") BacklogInterval interval,
                                      @RequestParam(required = false) String groupBy,
                                      @RequestParam(required = false) String windows) {
        LocalDate last = orToday(to);
        LocalDate first = from == null ? last.minusYears(1) : from;
        inOrder(first, last, "to", "from");
        return backlogSeries.answer(new GetBacklogSeries(BacklogSeriesRange.points(interval, first, last),
                Grouping.parse(groupBy, false), WindowDays.parse(windows)));
    }

    private LocalDate orToday(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }

    private static void inOrder(LocalDate from, LocalDate to, String toField, String fromField) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequest(toField, "must not be before " + fromField);
        }
    }
}
