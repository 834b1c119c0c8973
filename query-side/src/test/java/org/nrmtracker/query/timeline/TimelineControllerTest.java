package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timeline endpoints over Spring MVC with its problem handlers and the application's security filter chain,
 * without starting the application: the referrals come from a list, today from a fixed clock, tokens from
 * {@link TestTokens}. These requests come from an analyst; {@link TimelineReadersTest} covers who sees what.
 */
@SpringJUnitWebConfig(TimelineControllerTest.Web.class)
class TimelineControllerTest {

    /** 23:30 UTC on 20 April 2024 is already 21 April in London (BST). */
    static final Clock LONDON_CLOCK = Clock.fixed(Instant.parse("2024-04-20T23:30:00Z"), ZoneId.of("Europe/London"));

    static final String EXAMPLE = ReferralHistory.REFERRAL_ID;
    static final List<ReferralRecord> REFERRALS = List.of(
            ReferralHistory.referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE).record(),
            withId("00000000-0000-4000-8000-000000000002",
                    ReferralHistory.referredOn("2024-02-01").reasonableGrounds("2024-02-05", NEGATIVE).record()),
            withId("00000000-0000-4000-8000-000000000003", ReferralHistory.referredOn("2024-03-01").record()),
            withId("00000000-0000-4000-8000-000000000004", ReferralHistory.referredOn("2024-04-21").record()),
            withId("00000000-0000-4000-8000-000000000005", ReferralHistory.referred(Jurisdiction.SCOTLAND, "2027-12-30")
                    .reasonableGrounds("2028-01-04", POSITIVE).record()));

    @Configuration
    static class Web extends TimelineWeb {

        @Override
        List<ReferralRecord> referrals() {
            return REFERRALS;
        }
    }

    MockMvc http;

    @BeforeEach
    void setUp(@Autowired WebApplicationContext context) {
        http = TimelineWeb.http(context)
                .defaultRequest(get("/").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.analyst())))
                .build();
    }

    @Test
    void aTimelineIsAnsweredAsOfTodayInLondon() throws Exception {
        http.perform(get("/api/v1/referrals/{id}/timeline", EXAMPLE))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.referredOn").value("2024-03-01"))
                .andExpect(jsonPath("$.events", hasSize(2)))
                .andExpect(jsonPath("$.reasonableGrounds.workingDaysFromReferral").value(3))
                .andExpect(jsonPath("$.windows[0].endsOn").value("2024-04-20"))
                .andExpect(jsonPath("$.windows[0].state").value("MISSED"))
                .andExpect(jsonPath("$.windows[1].state").value("OPEN"));
    }

    @Test
    void asOfAndWindowsChooseTheCutOffAndTheWindows() throws Exception {
        http.perform(get("/api/v1/referrals/{id}/timeline?asOf=2024-04-20&windows=90,30", EXAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.windows[*].days", contains(30, 90)))
                .andExpect(jsonPath("$.windows[*].state", contains("MISSED", "OPEN")));
    }

    @Test
    void anUnknownReferralIsNotFound() throws Exception {
        problem(get("/api/v1/referrals/{id}/timeline", UUID.randomUUID()), 404)
                .andExpect(jsonPath("$.type").value(ProblemTypes.REFERRAL_NOT_FOUND.toString()));
    }

    @Test
    void aReferralIdThatIsNoUuidIsABadRequest() throws Exception {
        problem(get("/api/v1/referrals/not-a-uuid/timeline"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("referralId"));
    }

    @Test
    void badParametersAreNamed() throws Exception {
        problem(get("/api/v1/referrals/{id}/timeline?windows=0", EXAMPLE), 400)
                .andExpect(jsonPath("$.errors[0].field").value("windows"));
        problem(get("/api/v1/referrals/{id}/timeline?asOf=2024-13-01", EXAMPLE), 400)
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        problem(get("/api/v1/referrals/{id}/timeline?asOf=2024-02-29", EXAMPLE), 400)
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void datesBeyondTheBankHolidayDataAreUnprocessable() throws Exception {
        problem(get("/api/v1/referrals/00000000-0000-4000-8000-000000000005/timeline?asOf=2028-02-01"), 422)
                .andExpect(jsonPath("$.type").value(ProblemTypes.OUT_OF_RANGE.toString()));
    }

    @Test
    void summariesComeNewestFirstWithoutEventsAndLeaveOutReferralsNotYetMade() throws Exception {
        http.perform(get("/api/v1/referrals"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].referralId", contains(
                        "00000000-0000-4000-8000-000000000004", "00000000-0000-4000-8000-000000000003", EXAMPLE,
                        "00000000-0000-4000-8000-000000000002")))
                .andExpect(jsonPath("$.content[0].events").doesNotExist())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.totalPages").value(1));
    }

    @Test
    void summariesAreFilteredAndPaged() throws Exception {
        http.perform(get("/api/v1/referrals?referredFrom=2024-02-01&referredTo=2024-03-01&size=2&page=1"))
                .andExpect(jsonPath("$.content[*].referralId", contains("00000000-0000-4000-8000-000000000002")))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
        http.perform(get("/api/v1/referrals?status=AWAITING_CONCLUSIVE_GROUNDS"))
                .andExpect(jsonPath("$.content[*].referralId", contains(EXAMPLE)));
        http.perform(get("/api/v1/referrals?status=AWAITING_CONCLUSIVE_GROUNDS&asOf=2024-03-05"))
                .andExpect(jsonPath("$.content", hasSize(0)));
    }

    @Test
    void pagingOutsideItsLimitsIsABadRequest() throws Exception {
        problem(get("/api/v1/referrals?size=0"), 400).andExpect(jsonPath("$.errors[0].field").value("size"));
        problem(get("/api/v1/referrals?size=501"), 400).andExpect(jsonPath("$.errors[0].field").value("size"));
        problem(get("/api/v1/referrals?page=-1"), 400).andExpect(jsonPath("$.errors[0].field").value("page"));
        problem(get("/api/v1/referrals?status=LOST"), 400).andExpect(jsonPath("$.errors[0].field").value("status"));
        problem(get("/api/v1/referrals?referredFrom=2024-03-02&referredTo=2024-03-01"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("referredTo"));
    }

    private ResultActions problem(org.springframework.test.web.servlet.RequestBuilder request, int status)
            throws Exception {
        return http.perform(request)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status));
    }

    private static ReferralRecord withId(String id, ReferralRecord record) {
        return new ReferralRecord(id, record.organisation(), record.referredOn(), record.jurisdiction(), record.firstResponderType(),
                record.subjectRef(), record.ageAtExploitation(), record.gender(), record.nationalities(),
                record.exploitationTypes(), record.exploitationLocation(), record.countyLines(), record.events());
    }
}
