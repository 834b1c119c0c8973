package org.nrmtracker.query.security;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.RunningQuerySide;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP: a token verified once is not verified again, and one that fails is verified every time. */
@RunningQuerySide
class VerifiedTokenReuseTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> DECODED = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingDecoder {
        @Bean
        @Primary
        JwtDecoder countingDecoder() {
            JwtDecoder decoder = TestTokens.decoder();
            return token -> {
                DECODED.add(token);
                return decoder.decode(token);
            };
        }
    }

    @LocalServerPort
    int port;

    @Test
    void theSameValidTokenIsDecodedOnce() throws Exception {
        String analyst = TestTokens.analyst();
        for (int i = 0; i < 3; i++) {
            assertThat(statusOf(analyst)).isEqualTo(200);
        }
        assertThat(DECODED).filteredOn(analyst::equals).hasSize(1);
    }

    @Test
    void aTokenThatFailsIsDecodedEveryTime() throws Exception {
        String stranger = TestTokens.client("stranger").scopes("statistics:read").signedByStranger().token();
        for (int i = 0; i < 2; i++) {
            assertThat(statusOf(stranger)).isEqualTo(401);
        }
        assertThat(DECODED).filteredOn(stranger::equals).hasSize(2);
    }

    private int statusOf(String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/referrals"))
                .header("Authorization", TestTokens.bearer(token)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
