package org.nrmtracker.query.timeline;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.query.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.nrmtracker.query.timeline.TimelineControllerTest.EXAMPLE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list's {@code sort} (docs/api.md §4.2) over {@link TimelineControllerTest}'s referrals, today 2024-04-21: the
 * example awaits CG since S 2024-03-06 (E&W: recovery period to 2024-04-05, windows to 04-20 and 06-04); the others
 * have no deadline (negative RG 2024-02-01, awaiting RG 03-01 and 04-21).
 */
@SpringJUnitWebConfig(TimelineControllerTest.Web.class)
class ListSortTest {

    private static final String NEGATIVE = "00000000-0000-4000-8000-000000000002";
    private static final String AWAITING_RG = "00000000-0000-4000-8000-000000000003";
    private static final String REFERRED_TODAY = "00000000-0000-4000-8000-000000000004";

    MockMvc http;

    @BeforeEach
    void setUp(@Autowired WebApplicationContext context) {
        http = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME, Filter.class))
                .defaultRequest(get("/").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.analyst())))
                .build();
    }

    @Test
    void referralsSortByReferralDateEitherWay() throws Exception {
        List<String> newestFirst = List.of(REFERRED_TODAY, AWAITING_RG, EXAMPLE, NEGATIVE);
        http.perform(get("/api/v1/referrals?sort=referredOn,desc"))
                .andExpect(jsonPath("$.content[*].referralId", contains(newestFirst.toArray())));
        http.perform(get("/api/v1/referrals?sort=referredOn,asc"))
                .andExpect(jsonPath("$.content[*].referralId", contains(NEGATIVE, AWAITING_RG, EXAMPLE, REFERRED_TODAY)));
        http.perform(get("/api/v1/referrals?sort=referredOn"))
                .andExpect(jsonPath("$.content[*].referralId", contains(NEGATIVE, AWAITING_RG, EXAMPLE, REFERRED_TODAY)));
    }

    @Test
    void theNearestDeadlineComesFirstAndReferralsWithoutOneLastOldestFirst() throws Exception {
        // on 2024-03-20 the example's recovery period ends in 16 days; the referral of 04-21 was not yet made
        http.perform(get("/api/v1/referrals?sort=nextDeadline,asc&asOf=2024-03-20"))
                .andExpect(jsonPath("$.content[*].referralId", contains(EXAMPLE, NEGATIVE, AWAITING_RG)));
        // with every deadline of the example passed (windows to 04-20 only), it sorts with those without one
        http.perform(get("/api/v1/referrals?sort=nextDeadline&windows=45"))
                .andExpect(jsonPath("$.content[*].referralId", contains(NEGATIVE, AWAITING_RG, EXAMPLE, REFERRED_TODAY)));
    }

    @Test
    void anUnknownSortIsRefusedNeverIgnored() throws Exception {
        for (String sort : List.of("status", "referredOn,up", "nextDeadline,desc", "", "referredOn;desc")) {
            http.perform(get("/api/v1/referrals").param("sort", sort))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("sort"));
        }
    }
}
