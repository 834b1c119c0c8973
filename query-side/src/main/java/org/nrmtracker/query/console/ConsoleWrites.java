package org.nrmtracker.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.nrmtracker.platform.security.SignedInSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The console's writes (docs/console.md, "Writes"): the browser holds no token, so the pages post to these
 * addresses with the session cookie and the CSRF token ({@link ConsoleSecurity}), and this forwards each request
 * unchanged to the command side's endpoint of the same path (docs/api.md §3) with the person's access token, and its
 * answer back unchanged: status, problem+json, {@code Location}. Only the write endpoints a person uses are
 * forwarded; the body is never logged (it carries {@code subjectRef}).
 */
@Hidden
@RestController
@RequestMapping("/console/api/v1/referrals")
class ConsoleWrites {

    private static final Logger log = LoggerFactory.getLogger(ConsoleWrites.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final SignedInSessions sessions;
    private final URI commandSide;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ConsoleWrites(SignedInSessions sessions, ConsoleProperties properties) {
        this.sessions = sessions;
        this.commandSide = properties.commandSideUrl();
    }

    @PostMapping
    ResponseEntity<byte[]> refer(@RequestBody byte[] body, @RequestHeader(value = "Idempotency-Key",
            required = false) String key, HttpServletRequest request) {
        return forward("/api/v1/referrals", body, key, request);
    }

    @PostMapping("/{referralId}/events")
    ResponseEntity<byte[]> recordEvent(@PathVariable UUID referralId, @RequestBody byte[] body,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                       HttpServletRequest request) {
        return forward("/api/v1/referrals/" + referralId + "/events", body, key, request);
    }

    @PostMapping("/{referralId}/erasure")
    ResponseEntity<byte[]> erase(@PathVariable UUID referralId, @RequestBody byte[] body,
                                 @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                 HttpServletRequest request) {
        return forward("/api/v1/referrals/" + referralId + "/erasure", body, key, request);
    }

    private ResponseEntity<byte[]> forward(String path, byte[] body, String key, HttpServletRequest request) {
        String token = sessions.accessToken(request);
        if (token == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        HttpRequest.Builder forwarded = HttpRequest.newBuilder(commandSide.resolve(path)).timeout(TIMEOUT)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            forwarded.header("Idempotency-Key", key);
        }
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(forwarded.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            log.warn("The command side did not answer a console write: {}", e.getClass().getSimpleName());
            return unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable();
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.statusCode());
        for (String header : new String[] {HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER}) {
            answer.headers().firstValue(header).ifPresent(value -> response.header(header, value));
        }
        return response.body(answer.body());
    }

    /** Not known whether the write was stored: the person sends it again (the pages keep its Idempotency-Key). */
    private static ResponseEntity<byte[]> unavailable() {
        String problem = "{\"type\":\"" + ProblemTypes.WRITE_OUTCOME_UNKNOWN + "\",\"title\":\"Write outcome unknown\","
                + "\"status\":503,\"detail\":\"The command side did not answer; send the same request again.\"}";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "10").body(problem.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
