package org.nrmtracker.command;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The write API of docs/api.md §3 over real HTTP/1.1, with raw bodies: so a test can send
 * invalid bytes, a wrong content type or a chunked body, and see exactly what a client sees.
 */
public final class WriteApi {

    public static final String REFERRALS = "/api/v1/referrals";
    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IMPORT = "/api/v1/referral-events:import";
    public static final String NDJSON = "application/x-ndjson";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** An import applies every line before it answers. */
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(10);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A provider of the demo clients (docs/api.md §8), which {@link RunningCommandSide} starts with. */
    public static final String PROVIDER = "demo-provider";

    private final String base;
    /** The {@code Authorization} header sent with every request, or null for none. */
    private final String authorization;

    /** As {@link #PROVIDER}, with a token from the app's own token endpoint. */
    public WriteApi(int port) {
        this("http://localhost:" + port, "Bearer " + Tokens.of(port, PROVIDER));
    }

    /** Without a token: give it one with {@link #withAuthorization}. */
    public WriteApi(int port, String authorization) {
        this("http://localhost:" + port, authorization);
    }

    private WriteApi(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The API as a demo client, e.g. {@code demo-provider-2}, with a token asked for now. */
    public static WriteApi as(int port, String client) {
        return new WriteApi("http://localhost:" + port, "Bearer " + Tokens.issue(port, client));
    }

    /** The same API with a given {@code Authorization} header, or none when null. */
    public WriteApi withAuthorization(String authorization) {
        return new WriteApi(base, authorization);
    }

    /** The events endpoint of a referral; the id is sent as given, valid or not. */
    public static String eventsOf(Object referralId) {
        return REFERRALS + "/" + referralId + "/events";
    }

    /** Makes a referral (the example of docs/api.md §3.1) and returns its id. */
    public UUID newReferral() {
        UUID referralId = UUID.randomUUID();
        HttpAnswer answer = post(REFERRALS, ReferralJson.referral(referralId).toString());
        if (answer.status() != 201) {
            throw new AssertionError("The referral was not made: " + answer);
        }
        return referralId;
    }

    /** GETs a path, e.g. an actuator endpoint. */
    public HttpAnswer get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return exchange(request);
    }

    /** POSTs a JSON text, with a Content-Length, and any extra headers as name/value pairs. */
    public HttpAnswer post(String path, String json, String... headers) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), JSON, headers);
    }

    public HttpAnswer post(String path, byte[] body, String contentType, String... headers) {
        return send(path, BodyPublishers.ofByteArray(body), contentType, REQUEST_TIMEOUT, headers);
    }

    /** POSTs without a Content-Length: the body goes as {@code Transfer-Encoding: chunked}. */
    public HttpAnswer postChunked(String path, byte[] body, String contentType, String... headers) {
        return send(path, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), contentType,
                REQUEST_TIMEOUT, headers);
    }

    /** POSTs an NDJSON history to the import (docs/api.md §3.3), with a Content-Length. */
    public HttpAnswer importHistory(String ndjson, String... headers) {
        return send(IMPORT, BodyPublishers.ofByteArray(ndjson.getBytes(StandardCharsets.UTF_8)), NDJSON,
                IMPORT_TIMEOUT, headers);
    }

    /** POSTs raw bytes to the import with any content type (or none), as a careless or hostile client might. */
    public HttpAnswer importHistory(byte[] body, String contentType, String... headers) {
        return send(IMPORT, BodyPublishers.ofByteArray(body), contentType, IMPORT_TIMEOUT, headers);
    }

    /** POSTs an NDJSON history to the import without a Content-Length ({@code Transfer-Encoding: chunked}). */
    public HttpAnswer importHistoryChunked(String ndjson, String... headers) {
        byte[] body = ndjson.getBytes(StandardCharsets.UTF_8);
        return send(IMPORT, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), NDJSON,
                IMPORT_TIMEOUT, headers);
    }

    private HttpAnswer send(String path, BodyPublisher body, String contentType, Duration timeout,
                            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request);
    }

    private static HttpAnswer exchange(HttpRequest.Builder request) {
        try {
            var response = CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpAnswer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
