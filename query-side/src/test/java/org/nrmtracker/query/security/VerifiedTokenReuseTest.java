package org.nrmtracker.query.security;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP: a token verified once is not verified again, and one that fails is verified every time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {org.nrmtracker.query.QuerySideApplication.class, VerifiedTokenReuseTest.CountingDecoder.class})
class VerifiedTokenReuseTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
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

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MONGO.bind("127.0.0.1", 0);
        registry.add("nrm.mongodb.uri", MONGO::getConnectionString);
    }

    @AfterAll
    static void stop() {
        MONGO.shutdownNow();
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
