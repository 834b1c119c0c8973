package org.nrmtracker.query.caseload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.nrmtracker.platform.security.Caller;
import org.nrmtracker.query.reads.ReadModel;
import org.nrmtracker.query.reads.ReadsFrom;
import org.nrmtracker.query.timeline.WindowDays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A provider's caseload (docs/api.md §4.3): its own organisation's referrals, as of today in Europe/London from the
 * application's clock. The security chain lets only {@code referrals:write} callers with an organisation in.
 */
@RestController
@Tag(name = "Caseload", description = "A provider's open referrals with a deadline coming up")
@RequestMapping("/api/v1/caseload")
class CaseloadController {

    static final int MAX_WITHIN = 3650;

    private final Caseloads caseloads;
    private final Clock clock;

    CaseloadController(Caseloads caseloads, Clock clock) {
        this.caseloads = caseloads;
        this.clock = clock;
    }

    @GetMapping
    @ReadsFrom(ReadModel.ALL_REFERRALS)
    @Operation(summary = "The caller's referrals with a deadline within the next days", description = "The "
            + "organisation's referrals awaiting a decision whose next deadline not yet passed (the end of the "
            + "statutory minimum recovery period, or of a window: windows=45,90 by default) falls within `within` "
            + "days of today (default 14, 0 to 3650), nearest first.")
    Caseload caseload(@RequestParam(defaultValue = "14") int within, @RequestParam(required = false) String windows,
                      Principal principal) {
        if (within < 0 || within > MAX_WITHIN) {
            throw new InvalidRequest("within", "must be a whole number of days from 0 to " + MAX_WITHIN);
        }
        String organisation = Caller.of(principal).organisation();
        if (organisation == null) {
            throw new IllegalStateException("a caller without an organisation reached the caseload");
        }
        return caseloads.answer(new GetCaseload(organisation, LocalDate.now(clock), within, WindowDays.parse(windows)));
    }
}
