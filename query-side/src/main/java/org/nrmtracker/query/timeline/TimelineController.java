package org.nrmtracker.query.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralNotFound;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.nrmtracker.platform.security.Authorities;
import org.nrmtracker.platform.security.Caller;
import org.nrmtracker.query.calendar.CountsWorkingDays;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.reads.ReadModel;
import org.nrmtracker.query.reads.ReadsFrom;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Referral timelines (docs/api.md §4.1) and pages of their summaries (§4.2). {@code asOf} defaults to today in
 * Europe/London from the application's clock; the list also takes {@code asOf} and {@code windows}, which its
 * statuses and windows depend on.
 */
@RestController
@Tag(name = "Timelines", description = "Referral timelines: analysts read all (without subjectRef), providers their "
        + "own organisation's")
@RequestMapping("/api/v1/referrals")
class TimelineController {

    static final int MAX_PAGE_SIZE = 500;

    private final ReferralRecords referrals;
    private final Timelines timelines;
    private final PersonalData personalData;
    private final Clock clock;

    TimelineController(ReferralRecords referrals, Timelines timelines, PersonalData personalData, Clock clock) {
        this.referrals = referrals;
        this.timelines = timelines;
        this.personalData = personalData;
        this.clock = clock;
    }

    @CountsWorkingDays
    @GetMapping("/{referralId}/timeline")
    @ReadsFrom(ReadModel.ONE_REFERRAL)
    @Operation(summary = "A referral's timeline", description = "Its events, decision times in days and working "
            + "days, recovery period, decision windows (default 45 and 90 days, or windows=30,45,90) and support, "
            + "as of asOf (default today): events dated after it are left out.")
    @ApiResponse(responseCode = "200", description = "The timeline; subjectRef only for the organisation that "
            + "made the referral.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No referral with this id that the caller may read (another "
            + "organisation's referral is answered exactly as an unknown one).")
    Timeline timeline(@PathVariable UUID referralId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                      @RequestParam(required = false) String windows, Principal principal) {
        Reader reader = Reader.of(Caller.of(principal), personalData);
        List<DecisionWindow> windowDays = WindowDays.parse(windows);
        LocalDate effectiveOn = asOf == null ? LocalDate.now(clock) : asOf;
        // another organisation's referral is as unknown as one never made: its existence must not leak
        ReferralRecord record = referrals.byId(referralId.toString()).filter(reader::mayRead)
                .orElseThrow(() -> new ReferralNotFound(new ReferralId(referralId)));
        if (effectiveOn.isBefore(record.corrected().referredOn())) {
            throw new InvalidRequest("asOf", "must not be before the referral date");
        }
        return reader.shown(record, timelines.of(record, effectiveOn, windowDays));
    }

    /**
     * The referral itself (docs/api.md §4.1), where the {@code Location} of a write answer points: its timeline, as
     * {@code /timeline} answers it, so that the address a create returns resolves on the host that serves reads.
     */
    @CountsWorkingDays
    @GetMapping("/{referralId}")
    @ReadsFrom(ReadModel.ONE_REFERRAL)
    @Operation(summary = "A referral", description = "The referral a write's Location names: its timeline, "
            + "exactly as GET /api/v1/referrals/{referralId}/timeline answers it (same parameters and access).")
    @ApiResponse(responseCode = "200", description = "The referral's timeline; subjectRef only for the "
            + "organisation that made the referral.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No referral with this id that the caller may read (another "
            + "organisation's referral is answered exactly as an unknown one).")
    Timeline referral(@PathVariable UUID referralId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                      @RequestParam(required = false) String windows, Principal principal) {
        return timeline(referralId, asOf, windows, principal);
    }

    @CountsWorkingDays
    @GetMapping
    @ReadsFrom(ReadModel.ALL_REFERRALS)
    @Operation(summary = "Pages of timeline summaries", description = "Timelines without their events, filtered by "
            + "status and referral dates, in the order sort asks for: referredOn,desc (newest first, the default), "
            + "referredOn,asc or nextDeadline,asc (the caseload's order); page from 0, size 1 to 500. subjectRef (a "
            + "provider only) finds its own organisation's referrals with exactly that reference.")
    @ApiResponse(responseCode = "200", description = "A page of summaries", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "A parameter is invalid: subjectRef blank or over 64 "
            + "characters, an unknown sort, ...")
    @ApiResponse(responseCode = "403", description = "subjectRef asked by a caller that may not see it (not a "
            + "provider with an organisation).")
    TimelinePage summaries(@RequestParam(required = false) ReferralStatus status,
                           @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate referredFrom,
                           @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate referredTo,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size,
                           @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                           @RequestParam(required = false) String windows,
                           @RequestParam(required = false) String sort,
                           @RequestParam(required = false) String subjectRef, Principal principal) {
        Reader reader = Reader.of(Caller.of(principal), personalData);
        ListOrder order = ListOrder.parse(sort);
        SubjectRefLookup lookup = SubjectRefLookup.parse(subjectRef);
        if (lookup != null && reader.organisation() == null) {
            throw new SubjectRefLookup.NotAllowed();
        }
        if (page < 0) {
            throw new InvalidRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequest("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        if (referredFrom != null && referredTo != null && referredTo.isBefore(referredFrom)) {
            throw new InvalidRequest("referredTo", "must not be before referredFrom");
        }
        List<DecisionWindow> windowDays = WindowDays.parse(windows);
        LocalDate effectiveOn = asOf == null ? LocalDate.now(clock) : asOf;
        // a referral made after asOf did not exist yet on that date
        LocalDate last = referredTo == null || referredTo.isAfter(effectiveOn) ? effectiveOn : referredTo;
        List<ReferralRecord> matching = order.sorted(referrals.all().stream()
                .filter(reader::mayRead)
                .filter(record -> lookup == null || reader.ownsWithSubjectRef(record, lookup))
                .filter(record -> !record.referredOn().isAfter(last))
                .filter(record -> referredFrom == null || !record.referredOn().isBefore(referredFrom))
                .filter(record -> status == null || timelines.statusOf(record, effectiveOn) == status)
                .toList(), record -> timelines.nextDeadlineOf(record, effectiveOn, windowDays));
        long first = (long) page * size;
        List<Timeline> content = matching.stream()
                .skip(first)
                .limit(size)
                .map(record -> reader.shown(record, timelines.summaryOf(record, effectiveOn, windowDays)))
                .toList();
        long totalPages = (matching.size() + size - 1L) / size;
        return new TimelinePage(content, page, size, matching.size(), totalPages);
    }

    /** A caller that may not see subjectRef may not search by it either (docs/api.md §4.2). */
    @ExceptionHandler(SubjectRefLookup.NotAllowed.class)
    ProblemDetail subjectRefNotAllowed() {
        return ProblemTypes.problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                "Only a provider (referrals:write with an organisation) may look its referrals up by subjectRef.");
    }

    /**
     * The one place that decides which referrals a caller may read and what of their timelines it sees
     * (docs/api.md §8). {@code statistics:read} reads every referral, without {@code subjectRef};
     * {@code referrals:write} reads only those its own organisation made, with it. A caller with both reads
     * every referral and sees {@code subjectRef} only on its own organisation's. The reference is opened (its
     * referral's key unwrapped) only for that provider, never on an analyst's path (docs/personal-data.md).
     *
     * @param organisation the caller's organisation if it may read that organisation's referrals, else null
     */
    private record Reader(boolean readsAll, String organisation, PersonalData personalData) {

        static Reader of(Caller caller, PersonalData personalData) {
            return new Reader(caller.has(Authorities.STATISTICS_READ),
                    caller.has(Authorities.REFERRALS_WRITE) ? caller.organisation() : null, personalData);
        }

        boolean mayRead(ReferralRecord record) {
            return readsAll || owns(record);
        }

        /** Referrals recorded before events carried an organisation belong to no provider. */
        boolean owns(ReferralRecord record) {
            return organisation != null && organisation.equals(record.organisation());
        }

        /**
         * Whether the caller's own organisation made the referral with exactly this reference: compared with the
         * opened reference, so an erased referral (its key destroyed) never matches (docs/personal-data.md).
         */
        boolean ownsWithSubjectRef(ReferralRecord record, SubjectRefLookup lookup) {
            return owns(record) && personalData.subjectRef(ReferralId.of(record.referralId()),
                    record.sealedSubjectRef()).filter(lookup.subjectRef()::equals).isPresent();
        }

        Timeline shown(ReferralRecord record, Timeline timeline) {
            if (!owns(record)) {
                return timeline.forOthers();
            }
            // as in effect: a corrected REFERRED's replacement is sealed with the same key (§2.1)
            ReferralRecord inEffect = record.corrected();
            return timeline.forItsProvider(personalData.subjectRef(ReferralId.of(record.referralId()),
                    inEffect.sealedSubjectRef()).orElse(null), inEffect.firstResponderOrganisation());
        }
    }
}
