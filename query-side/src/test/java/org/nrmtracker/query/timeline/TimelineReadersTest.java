package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.nrmtracker.query.security.TestTokens.OTHER_PROVIDER_ORG;
import static org.nrmtracker.query.security.TestTokens.PROVIDER_ORG;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which referrals a reader of §4.1 and §4.2 sees, and whether with {@code subjectRef} (docs/api.md §8): providers
 * only their own organisation's referrals, with it; analysts every referral, without it.
 */
@SpringJUnitWebConfig(TimelineReadersTest.Web.class)
class TimelineReadersTest {

    static final String OWN = "00000000-0000-4000-8000-0000000000a1";
    static final String OTHERS = "00000000-0000-4000-8000-0000000000b2";
    static final String LEGACY = "00000000-0000-4000-8000-0000000000c3";
    static final List<ReferralRecord> REFERRALS = List.of(
            TimelineWeb.referral(OWN, PROVIDER_ORG, "subject-own", "2024-03-03"),
            TimelineWeb.referral(OTHERS, OTHER_PROVIDER_ORG, "subject-other", "2024-03-02"),
            // recorded before events carried an organisation: no provider's
            TimelineWeb.referral(LEGACY, null, "subject-legacy", "2024-03-01"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    }

    @Test
    void aProviderReadsItsOwnOrganisationsReferralWithItsSubjectRef() throws Exception {
        timeline(OWN, TestTokens.provider(PROVIDER_ORG))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralId").value(OWN))
                .andExpect(jsonPath("$.subjectRef").value("subject-own"));
    }

    @Test
    void anotherOrganisationsReferralIsNotFoundExactlyLikeAnUnknownOne() throws Exception {
        String provider = TestTokens.provider(PROVIDER_ORG);
        MvcResult others = timeline(OTHERS, provider).andExpect(status().isNotFound()).andReturn();
        MvcResult legacy = timeline(LEGACY, provider).andExpect(status().isNotFound()).andReturn();
        MvcResult unknown = timeline(UUID.randomUUID().toString(), provider).andExpect(status().isNotFound())
                .andReturn();

        assertThat(withoutInstance(others)).isEqualTo(withoutInstance(unknown)).isEqualTo(withoutInstance(legacy));
        assertThat(others.getResponse().getContentType()).isEqualTo(unknown.getResponse().getContentType());
        assertThat(others.getResponse().getContentAsString()).doesNotContain("subject-other", OTHER_PROVIDER_ORG);
    }

    @Test
    void aProviderListsOnlyItsOwnOrganisationsReferrals() throws Exception {
        list(TestTokens.provider(PROVIDER_ORG))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].referralId", contains(OWN)))
                .andExpect(jsonPath("$.content[0].subjectRef").value("subject-own"))
                .andExpect(jsonPath("$.totalElements").value(1));
        list(TestTokens.provider(OTHER_PROVIDER_ORG))
                .andExpect(jsonPath("$.content[*].referralId", contains(OTHERS)));
        list(TestTokens.provider("an-organisation-with-no-referrals"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(0)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void anAnalystReadsEveryReferralButNoSubjectRef() throws Exception {
        String analyst = TestTokens.analyst();
        for (String id : List.of(OWN, OTHERS, LEGACY)) {
            timeline(id, analyst).andExpect(status().isOk()).andExpect(jsonPath("$.subjectRef").doesNotExist());
        }
        list(analyst)
                .andExpect(jsonPath("$.content[*].referralId", contains(OWN, OTHERS, LEGACY)))
                .andExpect(jsonPath("$.content[*].subjectRef", hasSize(0)));
    }

    @Test
    void anAnalystWithAnOrganisationClaimStillSeesNoSubjectRef() throws Exception {
        String analyst = TestTokens.client("analyst-client").scopes("statistics:read").organisation(PROVIDER_ORG)
                .token();

        timeline(OWN, analyst).andExpect(status().isOk()).andExpect(jsonPath("$.subjectRef").doesNotExist());
    }

    @Test
    void aProviderWhoIsAlsoAnAnalystReadsEveryReferralButSeesSubjectRefOnlyOnItsOwn() throws Exception {
        String both = TestTokens.client("provider-analyst").scopes("referrals:write", "statistics:read")
                .organisation(PROVIDER_ORG).token();

        timeline(OWN, both).andExpect(jsonPath("$.subjectRef").value("subject-own"));
        timeline(OTHERS, both).andExpect(status().isOk()).andExpect(jsonPath("$.subjectRef").doesNotExist());
        timeline(LEGACY, both).andExpect(status().isOk()).andExpect(jsonPath("$.subjectRef").doesNotExist());
        list(both)
                .andExpect(jsonPath("$.content[*].referralId", contains(OWN, OTHERS, LEGACY)))
                .andExpect(jsonPath("$.content[*].subjectRef", containsInAnyOrder("subject-own")));
    }

    @Test
    void aProviderTokenWithoutAnOrganisationIsForbidden() throws Exception {
        for (String token : List.of(
                TestTokens.client("provider-client").scopes("referrals:write").token(),
                TestTokens.client("provider-client").scopes("referrals:write").organisation(" ").token())) {
            forbidden(timeline(OWN, token));
            forbidden(timeline(LEGACY, token));
            forbidden(list(token));
        }
    }

    @Test
    void withoutATokenNothingIsRead() throws Exception {
        http.perform(get("/api/v1/referrals/{id}/timeline", OWN))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:nrm-tracker:problem:unauthorized"));
    }

    private ResultActions timeline(String id, String token) throws Exception {
        return http.perform(get("/api/v1/referrals/{id}/timeline", id)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)));
    }

    private ResultActions list(String token) throws Exception {
        return http.perform(get("/api/v1/referrals").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)));
    }

    private static void forbidden(ResultActions answer) throws Exception {
        answer.andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:nrm-tracker:problem:forbidden"))
                .andExpect(jsonPath("$.status").value(403));
    }

    /** The problem as the caller sees it, but for {@code instance}, the path it asked for. */
    private static ObjectNode withoutInstance(MvcResult result) throws Exception {
        ObjectNode problem = (ObjectNode) JSON.readTree(result.getResponse().getContentAsString());
        problem.remove("instance");
        return problem;
    }
}
