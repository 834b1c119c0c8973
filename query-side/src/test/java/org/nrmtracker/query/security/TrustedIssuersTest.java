package org.nrmtracker.query.security;

import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.nrmtracker.query.QuerySideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's own token checks, without the test decoder: local mode trusts the keys of a JWK set
 * document, production the issuer it is told of (issuer claim checked), each fetched when first needed; when
 * either cannot be reached, a request is refused as the server's failure (503), never a 500 or a 401.
 */
class TrustedIssuersTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static HttpServer issuer;
    private static String issuerUri;

    @BeforeAll
    static void start() throws IOException {
        MONGO.bind("127.0.0.1", 0);
        issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuerUri = "http://127.0.0.1:" + issuer.getAddress().getPort() + "/issuer";
        serve("/issuer/.well-known/openid-configuration", """
                {"issuer":"%s","jwks_uri":"%s/jwks","subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuerUri, issuerUri));
        serve("/issuer/jwks", TestTokens.publicJwkSet());
        issuer.start();
    }

    @AfterAll
    static void stop() {
        issuer.stop(0);
        MONGO.shutdownNow();
    }

    @Test
    void localModeTrustsTokensSignedByAKeyOfItsJwkSet() throws Exception {
        try (ConfigurableApplicationContext app = querySide("--nrm.oauth.jwk-set-uri=" + issuerUri + "/jwks")) {
            assertThat(backlog(app, TestTokens.analyst()).statusCode()).isEqualTo(200);
            assertThat(backlog(app, TestTokens.client("a").scopes("statistics:read").signedByStranger().token())
                    .statusCode()).isEqualTo(401);
            assertThat(backlog(app, TestTokens.client("a").scopes("statistics:read")
                    .expiredFor(Duration.ofMinutes(5)).token()).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void anIssuerIsTrustedOnlyForTokensItIssued() throws Exception {
        try (ConfigurableApplicationContext app = querySide("--nrm.oauth.issuer-uri=" + issuerUri,
                "--nrm.oauth.jwk-set-uri=http://127.0.0.1:" + closedPort() + "/not-used")) {
            assertThat(backlog(app, TestTokens.client("a").scopes("statistics:read").issuer(issuerUri).token())
                    .statusCode()).isEqualTo(200);
            assertThat(backlog(app, TestTokens.client("a").scopes("statistics:read").issuer("https://elsewhere")
                    .token()).statusCode()).isEqualTo(401);
            assertThat(backlog(app, TestTokens.client("a").scopes("statistics:read").issuer(issuerUri)
                    .expiredFor(Duration.ofMinutes(5)).token()).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void anIssuerThatCannotBeReachedIsTheServersFailureNotTheCallers() throws Exception {
        int closed = closedPort();
        for (String trusted : new String[] {"--nrm.oauth.issuer-uri=http://127.0.0.1:" + closed + "/issuer",
                "--nrm.oauth.jwk-set-uri=http://127.0.0.1:" + closed + "/oauth2/jwks"}) {
            try (ConfigurableApplicationContext app = querySide(trusted)) {
                HttpResponse<String> answer = backlog(app, TestTokens.analyst());

                assertThat(answer.statusCode()).as(trusted).isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(JSON.readTree(answer.body()).get("type").asString())
                        .isEqualTo("urn:nrm-tracker:problem:token-issuer-unavailable");
                assertThat(get(app, "/actuator/health", null).statusCode()).isEqualTo(200);
            }
        }
    }

    private static ConfigurableApplicationContext querySide(String... arguments) {
        String[] all = new String[arguments.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--nrm.mongodb.uri=" + MONGO.getConnectionString();
        all[2] = "--nrm.personal-data.master-keys=" + MasterKeys.newEntry("production");
        System.arraycopy(arguments, 0, all, 3, arguments.length);
        return new SpringApplicationBuilder(QuerySideApplication.class).run(all);
    }

    private static HttpResponse<String> backlog(ConfigurableApplicationContext app, String token) throws Exception {
        return get(app, "/api/v1/statistics/backlog", token);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path, String token)
            throws Exception {
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void serve(String path, String json) {
        issuer.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
