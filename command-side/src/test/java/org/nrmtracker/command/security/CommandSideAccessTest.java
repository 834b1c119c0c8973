package org.nrmtracker.command.security;

import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RecordedStreams;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.platform.security.Scopes;
import org.nrmtracker.platform.security.SecurityProblems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.SUBJECT_REF;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/**
 * Every command-side endpoint with every kind of caller (docs/api.md §8): the demo clients of each role, no token, a
 * token signed by a stranger's key, an expired one, a malformed one, and a provider's token without organisation.
 * A refused request is a problem+json 401 or 403 that echoes nothing of the token, and records nothing.
 */
@RunningCommandSide
class CommandSideAccessTest {

    private static final List<String> ROLES = List.of("demo-provider", "demo-provider-2", "demo-analyst",
            "demo-auditor", "demo-admin");

    @LocalServerPort
    private int port;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private JWKSource<SecurityContext> signingKeys;
    @Autowired
    private MeterRegistry meters;
    private RecordedStreams streams;
    private Map<String, WriteApi> callers;

    @BeforeEach
    void callers() throws Exception {
        streams = new RecordedStreams(database);
        WriteApi provider = new WriteApi(port);
        Instant now = Instant.now();
        MintedTokens ours = new MintedTokens(signingKeys);
        List<String> writes = List.of(Scopes.REFERRALS_WRITE);
        callers = new LinkedHashMap<>();
        for (String role : ROLES) {
            callers.put(role, WriteApi.as(port, role));
        }
        callers.put("no token", provider.withAuthorization(null));
        callers.put("stranger's key", provider.withAuthorization("Bearer " + MintedTokens.ofAStranger()
                .token("demo-provider", writes, "demo-provider-org", now, now.plus(10, ChronoUnit.MINUTES))));
        callers.put("expired", provider.withAuthorization("Bearer " + ours.token("demo-provider", writes,
                "demo-provider-org", now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS))));
        callers.put("malformed", provider.withAuthorization("Bearer not.a-token"));
        callers.put("basic", provider.withAuthorization("Basic ZGVtby1wcm92aWRlcjpkZW1vLXByb3ZpZGVyLXNlY3JldA=="));
        callers.put("no organisation", provider.withAuthorization("Bearer " + ours.token("demo-provider", writes,
                null, now, now.plus(10, ChronoUnit.MINUTES))));
    }

    /** Requests are timed per endpoint; Spring Security's observations of each filter are off (application.yml). */
    @Test
    void requestsAreTimedWithoutSpringSecuritysOwnObservations() {
        assertThat(callers.get("demo-provider").post(REFERRALS, referral(UUID.randomUUID()).toString()).status())
                .isEqualTo(201);

        assertThat(meters.find("http.server.requests").tag("uri", REFERRALS).timers()).isNotEmpty();
        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void makingAReferralNeedsAProviderOfAnOrganisation() {
        Map<String, Integer> expected = expect(201, 201, 403, 403, 403, 401, 401, 401, 401, 401, 403);

        assertEveryCaller(expected, api -> {
            UUID referralId = UUID.randomUUID();
            HttpAnswer answer = api.post(REFERRALS, referral(referralId).toString());
            if (answer.status() != 201) {
                assertThat(streams.lengthOf(referralId)).isZero();
            }
            return answer;
        });
    }

    @Test
    void recordingAnEventNeedsTheOrganisationThatMadeTheReferral() {
        UUID referralId = callers.get("demo-provider").newReferral();
        Map<String, Integer> expected = expect(201, 404, 403, 403, 403, 401, 401, 401, 401, 401, 403);

        assertEveryCaller(expected, api -> {
            int before = streams.lengthOf(referralId);
            HttpAnswer answer = api.post(eventsOf(referralId), reasonableGrounds(REFERRED_ON.plusDays(3), "POSITIVE")
                    .toString());
            if (answer.status() >= 400) {
                assertThat(streams.lengthOf(referralId)).isEqualTo(before);
            }
            return answer;
        });
    }

    @Test
    void importingAHistoryNeedsAProviderOfAnOrganisation() {
        Map<String, Integer> expected = expect(200, 200, 403, 403, 403, 401, 401, 401, 401, 401, 403);

        assertEveryCaller(expected, api -> {
            UUID referralId = UUID.randomUUID();
            HttpAnswer answer = api.importHistory(referral(referralId).put("type", "REFERRED") + "\n");
            if (answer.status() != 200) {
                assertThat(streams.lengthOf(referralId)).isZero();
            }
            return answer;
        });
    }

    @Test
    void metricsAreForAdministratorsAndHealthForEveryone() {
        assertEveryCaller(expect(403, 403, 403, 403, 200, 401, 401, 401, 401, 401, 403),
                api -> api.get("/actuator/prometheus"));
        assertEveryCaller(expect(403, 403, 403, 403, 200, 401, 401, 401, 401, 401, 403),
                api -> api.get("/actuator/info"));
        // local mode: the API description is open; a bearer token that is sent is still checked
        assertEveryCaller(expect(200, 200, 200, 200, 200, 200, 401, 401, 401, 200, 200),
                api -> api.get("/v3/api-docs"));
        for (WriteApi api : callers.values()) { // a probe with a stale or broken token is still answered
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        }
    }

    @Test
    void anotherOrganisationsReferralIsAnsweredExactlyLikeAnUnknownOne() {
        UUID referralId = callers.get("demo-provider").newReferral();
        String decision = reasonableGrounds(REFERRED_ON.plusDays(3), "POSITIVE").toString();

        HttpAnswer others = callers.get("demo-provider-2").post(eventsOf(referralId), decision);
        UUID unknownId = UUID.randomUUID();
        HttpAnswer unknown = callers.get("demo-provider-2").post(eventsOf(unknownId), decision);
        HttpAnswer remade = callers.get("demo-provider-2").post(REFERRALS, referral(referralId).toString());
        HttpAnswer imported = callers.get("demo-provider-2").importHistory(
                reasonableGrounds(REFERRED_ON.plusDays(3), "POSITIVE").put("referralId", referralId.toString()) + "\n");

        assertThat(others.status()).isEqualTo(404);
        assertThat(others.body().replace(referralId.toString(), "{id}"))
                .isEqualTo(unknown.body().replace(unknownId.toString(), "{id}"));
        assertThat(remade.status()).isEqualTo(409);
        assertThat(remade.body()).doesNotContain(SUBJECT_REF).doesNotContain("demo-provider-org");
        assertThat(imported.json().get("rejected").asInt()).isEqualTo(1);
        assertThat(imported.json().at("/errors/0/status").asInt()).isEqualTo(404);
        assertThat(streams.lengthOf(referralId)).isEqualTo(1);
        assertThat(streams.of(referralId)).extracting(e -> e.recordedBy()).containsOnly("demo-provider");
    }

    @Test
    void eachEventNamesTheClientOfTheTokenThatRecordedIt() {
        UUID referralId = UUID.randomUUID();
        WriteApi provider = callers.get("demo-provider-2");
        provider.post(REFERRALS, referral(referralId).toString());
        provider.post(eventsOf(referralId), reasonableGrounds(REFERRED_ON.plusDays(3), "POSITIVE").toString());

        assertThat(streams.of(referralId)).extracting(e -> e.recordedBy()).containsExactly("demo-provider-2",
                "demo-provider-2");
    }

    private static Map<String, Integer> expect(int... statuses) {
        List<String> names = List.of("demo-provider", "demo-provider-2", "demo-analyst", "demo-auditor", "demo-admin",
                "no token", "stranger's key", "expired", "malformed", "basic", "no organisation");
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            expected.put(names.get(i), statuses[i]);
        }
        return expected;
    }

    private void assertEveryCaller(Map<String, Integer> expected, Function<WriteApi, HttpAnswer> request) {
        assertThat(callers.keySet()).containsExactlyElementsOf(expected.keySet());
        Map<String, Integer> actual = new LinkedHashMap<>();
        callers.forEach((name, api) -> {
            HttpAnswer answer = request.apply(api);
            actual.put(name, answer.status());
            if (answer.status() == 401 || answer.status() == 403) {
                assertRefusal(answer);
            }
        });
        assertThat(actual).isEqualTo(expected);
    }

    private static void assertRefusal(HttpAnswer answer) {
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.get("type").asString()).isEqualTo(answer.status() == 401
                ? SecurityProblems.UNAUTHORIZED_TYPE : SecurityProblems.FORBIDDEN_TYPE);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(answer.body()).doesNotContain("eyJ").doesNotContain("Exception").doesNotContain("org.")
                .doesNotContain("demo-provider");
    }
}
