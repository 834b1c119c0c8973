package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.query.SealedSubjectRefs;
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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.nrmtracker.query.security.TestTokens.OTHER_PROVIDER_ORG;
import static org.nrmtracker.query.security.TestTokens.PROVIDER_ORG;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider finds its referrals by its own reference (docs/api.md §4.2): exact match, its own organisation only,
 * never an erased referral; callers that may not see references may not search by them.
 */
@SpringJUnitWebConfig(SubjectRefLookupTest.Web.class)
class SubjectRefLookupTest {

    static final String OWN = "00000000-0000-4000-8000-0000000001a1";
    static final String OWN_OTHER_REF = "00000000-0000-4000-8000-0000000001a2";
    static final String OWN_ERASED = "00000000-0000-4000-8000-0000000001a3";
    static final String OTHERS_SAME_REF = "00000000-0000-4000-8000-0000000001b1";
    static final List<ReferralRecord> REFERRALS = List.of(
            TimelineWeb.referral(OWN, PROVIDER_ORG, "case-17", "2024-03-03"),
            TimelineWeb.referral(OWN_OTHER_REF, PROVIDER_ORG, "case-17b", "2024-03-04"),
            TimelineWeb.referral(OWN_ERASED, PROVIDER_ORG, "case-17", "2024-03-05"),
            TimelineWeb.referral(OTHERS_SAME_REF, OTHER_PROVIDER_ORG, "case-17", "2024-03-06"));

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
        http = TimelineWeb.http(context).build();
        // its key destroyed, as an erasure does (docs/personal-data.md)
        SealedSubjectRefs.IN_MEMORY.erase(ReferralId.of(OWN_ERASED));
    }

    @Test
    void aProviderFindsItsOwnReferralByExactlyItsReference() throws Exception {
        lookUp("case-17", TestTokens.provider(PROVIDER_ORG))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].referralId", contains(OWN)))
                .andExpect(jsonPath("$.content[0].subjectRef").value("case-17"))
                .andExpect(jsonPath("$.totalElements").value(1));
        lookUp("case-17b", TestTokens.provider(PROVIDER_ORG))
                .andExpect(jsonPath("$.content[*].referralId", contains(OWN_OTHER_REF)));
        for (String near : List.of("case-1", "CASE-17", "case-17 ", "case")) {
            lookUp(near, TestTokens.provider(PROVIDER_ORG))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.content", hasSize(0)));
        }
    }

    @Test
    void anotherOrganisationsReferralWithTheSameReferenceIsNeverFound() throws Exception {
        lookUp("case-17", TestTokens.provider(OTHER_PROVIDER_ORG))
                .andExpect(jsonPath("$.content[*].referralId", contains(OTHERS_SAME_REF)));
        String both = TestTokens.client("provider-analyst").scopes("referrals:write", "statistics:read")
                .organisation(PROVIDER_ORG).token();
        lookUp("case-17", both).andExpect(jsonPath("$.content[*].referralId", contains(OWN)));
    }

    @Test
    void anErasedReferralIsNeverFound() throws Exception {
        String answer = lookUp("case-17", TestTokens.provider(PROVIDER_ORG)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).doesNotContain(OWN_ERASED);
    }

    @Test
    void callersThatMayNotSeeReferencesMayNotSearchByThem() throws Exception {
        for (String token : List.of(TestTokens.analyst(),
                TestTokens.client("analyst-client").scopes("statistics:read").organisation(PROVIDER_ORG).token())) {
            lookUp("case-17", token)
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:nrm-tracker:problem:forbidden"))
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("case-17"))));
        }
        lookUp("case-17", TestTokens.auditor()).andExpect(status().isForbidden());
    }

    @Test
    void aBlankOrOverlongReferenceIsRefused() throws Exception {
        for (String bad : List.of("", "  ", "x".repeat(65))) {
            lookUp(bad, TestTokens.provider(PROVIDER_ORG))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("subjectRef"));
        }
    }

    private ResultActions lookUp(String subjectRef, String token) throws Exception {
        return http.perform(get("/api/v1/referrals").param("subjectRef", subjectRef)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)));
    }
}
