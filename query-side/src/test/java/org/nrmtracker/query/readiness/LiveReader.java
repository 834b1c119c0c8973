package org.nrmtracker.query.readiness;

import org.nrmtracker.query.security.TestTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A client that starts reading the moment the query side's web server listens, before its read models are built,
 * and goes on until stopped: a list, a statistic (as JSON and as CSV), the list without a token, and the three
 * health checks, round after round, each answer kept in the order seen.
 */
@TestConfiguration(proxyBeanMethods = false)
class LiveReader implements ApplicationListener<WebServerInitializedEvent> {

    /** One answer: what was asked, its status, its {@code Retry-After} and content type (or null), its body. */
    record Seen(String what, int status, String retryAfter, String contentType, String body) {
    }

    static final String LIST = "/api/v1/referrals?size=1";
    static final String COHORTS = "/api/v1/statistics/referral-cohorts";
    static final String READINESS = "/actuator/health/readiness";
    static final String LIVENESS = "/actuator/health/liveness";
    static final String HEALTH = "/actuator/health";

    final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String analyst = TestTokens.bearer(TestTokens.analyst());
    private volatile boolean stopped;
    private volatile Thread reader;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        reader = new Thread(() -> read(port), "live-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Stops after the round under way and waits for it. */
    void stop() throws InterruptedException {
        stopped = true;
        if (reader != null) {
            reader.join(30_000);
        }
    }

    private void read(int port) {
        while (!stopped) {
            ask(port, LIST, analyst, "application/json");
            ask(port, COHORTS, analyst, "application/json");
            ask(port, COHORTS + " as CSV", analyst, "text/csv");
            ask(port, LIST + " without a token", null, "application/json");
            ask(port, READINESS, null, "application/json");
            ask(port, LIVENESS, null, "application/json");
            ask(port, HEALTH, null, "application/json");
        }
    }

    private void ask(int port, String what, String bearer, String accept) {
        String path = what.split(" ")[0];
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", accept);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            seen.add(new Seen(what, answer.statusCode(), answer.headers().firstValue("Retry-After").orElse(null),
                    answer.headers().firstValue("Content-Type").orElse(null), answer.body()));
        } catch (Exception e) {
            seen.add(new Seen(what, -1, null, null, e.toString()));
        }
    }
}
