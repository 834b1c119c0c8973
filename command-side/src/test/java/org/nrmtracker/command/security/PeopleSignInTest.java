package org.nrmtracker.command.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.CommandSideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People sign in to the console on the local login page (docs/console.md): the authorization-code grant with PKCE
 * for the demo console client, each demo person's token carrying their own scopes and organisation, never more.
 */
class PeopleSignInTest {

    private static final String CALLBACK = "http://localhost:8081/console/signed-in/nrm-console";
    private static final String VERIFIER = "a-code-verifier-of-at-least-forty-three-characters-long-0123456789";

    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(CommandSideApplication.class).run("--server.port=0",
                "--nrm.embedded-mongodb.port=0", "--nrm.embedded-mongodb.file=", "--demo");
        base = "http://127.0.0.1:" + app.getEnvironment().getRequiredProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anAnalystSignsInWithPkceAndGetsOnlyTheAnalystsScope() throws Exception {
        Jwt token = signIn("demo-analyst", "demo-analyst-password", "openid statistics:read referrals:write admin");

        assertThat(token.getClaimAsStringList("scope")).containsExactly("statistics:read");
        assertThat(token.getSubject()).isEqualTo("demo-analyst");
        assertThat(token.hasClaim("org")).isFalse();
        assertThat(token.hasClaim("client_id")).as("the person, not the console, is the caller").isFalse();
    }

    @Test
    void aProviderGetsItsOrganisation() throws Exception {
        Jwt token = signIn("demo-provider-2", "demo-provider-2-password", "openid referrals:write statistics:read");

        assertThat(token.getClaimAsStringList("scope")).containsExactly("referrals:write");
        assertThat(token.getClaimAsString("org")).isEqualTo("demo-provider-2-org");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() throws Exception {
        Browser browser = new Browser();
        browser.get(authorizeUri(challenge(VERIFIER), "openid statistics:read"));
        HttpResponse<String> login = browser.submitLogin("demo-analyst", "demo-provider-password");

        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> answer = browser.get(base + "/oauth2/authorize?response_type=code&client_id=nrm-console"
                + "&scope=openid&state=s&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).startsWith(CALLBACK)
                .contains("error=invalid_request");
    }

    @Test
    void aRedirectToAnotherHostIsRefused() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> answer = browser.get(base + "/oauth2/authorize?response_type=code&client_id=nrm-console"
                + "&scope=openid&state=s&code_challenge_method=S256&code_challenge=" + challenge(VERIFIER)
                + "&redirect_uri=" + URLEncoder.encode("https://attacker.example/cb", StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(400);
    }

    private Jwt signIn(String person, String password, String scopes) throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> toLogin = browser.get(authorizeUri(challenge(VERIFIER), scopes));
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> back = browser.get(browser.submitLogin(person, password).headers()
                .firstValue("Location").orElseThrow());
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(CALLBACK + "?code=");
        String code = URI.create(callback).getQuery().replaceAll(".*code=([^&]+).*", "$1");

        String secret = Base64.getEncoder().encodeToString("nrm-console:nrm-console-secret".getBytes());
        HttpResponse<String> tokens = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + secret).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code
                        + "&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)
                        + "&code_verifier=" + VERIFIER)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode answer = JsonMapper.shared().readTree(tokens.body());
        assertThat(answer.has("id_token")).isTrue();
        assertThat(answer.has("refresh_token")).isTrue();
        return app.getBean(JwtDecoder.class).decode(answer.get("access_token").asString());
    }

    private String authorizeUri(String challenge, String scopes) {
        return base + "/oauth2/authorize?response_type=code&client_id=nrm-console&state=s&nonce=n"
                + "&scope=" + URLEncoder.encode(scopes, StandardCharsets.UTF_8)
                + "&code_challenge_method=S256&code_challenge=" + challenge
                + "&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** A browser's cookies and no automatic redirects, so each step of the flow is seen. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String uri) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> submitLogin(String person, String password) throws Exception {
            Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"")
                    .matcher(get(base + "/login").body());
            assertThat(csrf.find()).as("the login page has its CSRF token").isTrue();
            String form = String.join("&", List.of("username=" + person, "password=" + password,
                    "_csrf=" + csrf.group(1)));
            return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
