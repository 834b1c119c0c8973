package org.nrmtracker.command;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens of the app's own token endpoint ({@code POST /oauth2/token}, client-credentials grant) for the demo
 * clients of docs/api.md §8, whose secret is the client id + {@code -secret}. Kept per port and client: a token is
 * valid for the test run, and asking again for each request would only slow the tests.
 */
public final class Tokens {

    private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static String of(int port, String client) {
        return ISSUED.computeIfAbsent(port + "/" + client, key -> issue(port, client));
    }

    /** Asks the token endpoint; throws unless it answers 200 with a token. */
    public static String issue(int port, String client) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + client + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            var response = CLIENT.send(request, BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("no token for " + client + ": " + response.statusCode() + " " + response.body());
            }
            return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Tokens() {
    }
}
