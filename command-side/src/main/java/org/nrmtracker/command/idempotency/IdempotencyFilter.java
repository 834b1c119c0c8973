package org.nrmtracker.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nrmtracker.command.problem.RequestBodyTooLarge;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.nrmtracker.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every POST (docs/api.md §1): the same key from the same client with the
 * same method, path and body gets the first response again and records nothing new; the same key
 * with a different request is a 422. Server errors and concurrent changes are not remembered, so they can be
 * retried; a request whose outcome is unknown keeps its key until a retry under it finds the outcome.
 * The body is read once to fingerprint it: small ones into memory, a history import's (or any body
 * over {@link #IN_MEMORY_LIMIT}) into a temporary file that is deleted once the response is sent.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class IdempotencyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");
    /** Bodies up to this size are kept in memory; the other endpoints' bodies are capped far below it. */
    static final long IN_MEMORY_LIMIT = 1024 * 1024;

    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final Path spoolDirectory;

    IdempotencyFilter(IdempotencyKeys keys, JsonMapper json,
                      @Value("${nrm.idempotency.spool-directory:${java.io.tmpdir}}") String spoolDirectory) {
        this.keys = keys;
        this.json = json;
        this.spoolDirectory = Path.of(spoolDirectory);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problem(response, ProblemTypes.invalid("The Idempotency-Key header must be 1 to 255 printable ASCII characters.",
                    List.of()));
            return;
        }
        MessageDigest digest = Fingerprints.startingWith(request.getMethod() + " " + request.getRequestURI() + "\n");
        long memoryLimit = request.getRequestURI().endsWith(":import") ? 0 : IN_MEMORY_LIMIT;
        SpooledBody body;
        try {
            body = SpooledBody.read(request.getInputStream(), digest, memoryLimit, spoolDirectory);
        } catch (RequestBodyTooLarge e) {
            problem(response, ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.BODY_TOO_LARGE,
                    "The body is too large", "A body on this endpoint may be at most " + e.limit() + " bytes."));
            return;
        }
        try (body) {
            handleOnce(request, response, chain, key, Fingerprints.hex(digest), body);
        }
    }

    private void handleOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
                            String fingerprint, SpooledBody body) throws ServletException, IOException {
        // after the security filters: only an authenticated request gets here, and keys are per client
        String client = Caller.of(request.getUserPrincipal()).client();
        String id = Fingerprints.sha256(client + "\n" + key);
        Optional<KeyRecord> earlier = keys.claim(id, fingerprint);
        if (earlier.isPresent()) {
            answerAgain(earlier.get(), fingerprint, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        request.setAttribute(IdempotentIds.KEY_ID, id);
        try {
            chain.doFilter(new ReplayableRequest(request, body), captured);
        } catch (ServletException | IOException | RuntimeException e) {
            settle(() -> keys.release(id));
            throw e;
        }
        String answer = new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8);
        switch (Outcome.of(captured.getStatus(), answer)) {
            case UNKNOWN -> settle(() -> keys.outcomeUnknown(id));
            case NONE -> settle(() -> keys.release(id));
            case ANSWERED -> settle(() -> keys.complete(id, captured.getStatus(), captured.getContentType(),
                    captured.getHeader(HttpHeaders.LOCATION), answer));
        }
        captured.copyBodyToResponse();
    }

    /**
     * The answer is given whether or not its key could be settled: a key left in progress is taken over after
     * {@link IdempotencyKeys#ABANDONED_AFTER}, and the request run again finds its event already recorded.
     */
    private static void settle(Runnable update) {
        try {
            update.run();
        } catch (RuntimeException e) {
            log.warn("Could not settle an idempotency key; it is taken over after {}: {}",
                    IdempotencyKeys.ABANDONED_AFTER, e.toString());
        }
    }

    /** What an answer leaves under its key. */
    private enum Outcome {
        /** Kept and replayed: the request's result (a refusal included). */
        ANSWERED,
        /** Nothing to keep: a server error, or a concurrent change the client is told to send again. */
        NONE,
        /** Its events may or may not be stored: the key is kept, so that a retry under it finds out. */
        UNKNOWN;

        static Outcome of(int status, String body) {
            if (status == HttpStatus.SERVICE_UNAVAILABLE.value()
                    && body.contains(ProblemTypes.WRITE_OUTCOME_UNKNOWN.toString())) {
                return UNKNOWN;
            }
            if (status >= 500 || status == HttpStatus.CONFLICT.value()
                    && body.contains(ProblemTypes.CONCURRENT_CHANGE.toString())) {
                return NONE;
            }
            return ANSWERED;
        }
    }

    private void answerAgain(KeyRecord earlier, String fingerprint, HttpServletResponse response) throws IOException {
        if (!earlier.fingerprint().equals(fingerprint)) {
            problem(response, ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key already used",
                    "This Idempotency-Key was already used for a different request. Use a new key for a new request."));
        } else if (earlier.inProgress()) {
            problem(response, ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.IDEMPOTENCY_KEY_IN_USE,
                    "Request still in progress",
                    "A request with this Idempotency-Key is still being processed. Retry shortly."));
        } else {
            response.setStatus(earlier.status());
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(earlier.body() == null ? new byte[0]
                    : earlier.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
