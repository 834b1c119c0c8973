package org.nrmtracker.query.console;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.RunningQuerySide;
import org.springframework.beans.factory.annotation.Value;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console before anyone signs in (docs/console.md), without a browser: its pages send a person to sign in with
 * PKCE, the signed-out page and the assets are open and carry the Content-Security-Policy, nothing answers data,
 * and a session cookie without a signed-in person is no token for the API.
 */
@RunningQuerySide
class ConsoleWithoutSignInTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Test
    void aPageSendsAPersonToSignIn() throws Exception {
        for (String page : new String[] {"/", "/analysis/waits", "/analysis/survival", "/analysis/backlog",
                "/analysis/decisions", "/audit/events", "/audit/integrity", "/audit/timeline", "/admin/read-models",
                "/caseload", "/referrals/new", "/referrals/00000000-0000-4000-8000-000000000001"}) {
            HttpResponse<String> answer = get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(page)
                    .endsWith("/console/sign-in/nrm-console");
        }
    }

    @Test
    void theSignedOutPageIsOpenAndHasNoNavigationNorScript() throws Exception {
        HttpResponse<String> answer = get("/console/signed-out");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .contains(ConsoleSecurity.CONTENT_SECURITY_POLICY);
        assertThat(answer.body()).contains("<title>You have signed out – NRM Tracker</title>",
                        "<a href=\"#main\" class=\"govuk-skip-link\"",
                        "<main class=\"govuk-main-wrapper\" id=\"main\">")
                .doesNotContain("<script", "id=\"navigation\"", "id=\"sign-out\"", "th:");
    }

    @Test
    void signingInIsTheAuthorizationCodeGrantWithPkce() throws Exception {
        HttpResponse<String> answer = get("/console/sign-in/nrm-console");

        assertThat(answer.statusCode()).isEqualTo(302);
        URI authorize = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.getPath()).isEqualTo("/oauth2/authorize");
        assertThat(authorize.getQuery()).contains("response_type=code", "client_id=nrm-console",
                        "code_challenge_method=S256", "code_challenge=", "scope=openid",
                        "redirect_uri=http://localhost:" + port + "/console/signed-in/nrm-console")
                .doesNotContain("client_secret", "nrm-console-secret");
        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("NRM_CONSOLE=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void assetsAreOpenAndEveryAnswerCarriesTheContentSecurityPolicy() throws Exception {
        for (String asset : new String[] {"/console/assets/js/waits.js", "/console/assets/console.css",
                "/webjars/echarts/dist/echarts.esm.min.js", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"}) {
            HttpResponse<String> answer = get(asset);
            assertThat(answer.statusCode()).as(asset).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElseThrow()).as(asset)
                    .isEqualTo(ConsoleSecurity.CONTENT_SECURITY_POLICY)
                    .contains("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        }
    }

    @Test
    void withoutASignedInPersonThereIsNoSessionAndNoData() throws Exception {
        HttpResponse<String> first = get("/");
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NRM_CONSOLE="))
                .findFirst().orElseThrow().split(";")[0];

        assertThat(get("/console/session").statusCode()).isEqualTo(401);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/statistics/backlog"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void aWriteIsForwardedOnlyWithASignedInSessionAndItsCsrfToken() throws Exception {
        for (String path : new String[] {"/console/api/v1/referrals",
                "/console/api/v1/referrals/00000000-0000-4000-8000-000000000001/events"}) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body()).as(path).contains("CSRF token");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
