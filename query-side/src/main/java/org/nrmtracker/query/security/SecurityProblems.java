package org.nrmtracker.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answers of requests the filter chain turns away, as {@code application/problem+json} (contract §1, §8).
 * They never say what was wrong with a token beyond the RFC 6750 error code: no claim, time or key of it is
 * echoed, not even in {@code WWW-Authenticate}.
 */
final class SecurityProblems {

    static final String UNAUTHORIZED = problem("urn:nrm-tracker:problem:unauthorized", "Authentication required",
            401, "A valid bearer token is required.");
    static final String FORBIDDEN = problem("urn:nrm-tracker:problem:forbidden", "Forbidden", 403,
            "The token's scopes do not allow this request.");
    static final String ISSUER_UNAVAILABLE = problem("urn:nrm-tracker:problem:token-issuer-unavailable",
            "Token issuer unavailable", 503, "Bearer tokens cannot be verified at the moment; try again later.");

    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

    /** 401: no token, or one that is malformed, expired, not yet valid or signed by a key not trusted. */
    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            String error = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode() : null;
            // RFC 6750 §3: no error code when the request carried no token at all
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    error == null ? "Bearer" : "Bearer error=\"" + safeCode(error) + "\"");
            write(response, 401, UNAUTHORIZED);
        };
    }

    /** 403: a valid token whose scopes (or missing {@code org} claim) do not allow the request. */
    static AccessDeniedHandler forbidden() {
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
            write(response, 403, FORBIDDEN);
        };
    }

    /**
     * A token that could not be checked because the issuer's keys could not be fetched is the server's problem,
     * not the caller's: 503 rather than 401. Every other failure is the caller's: 401.
     */
    static AuthenticationFailureHandler failedAuthentication(AuthenticationEntryPoint unauthorized) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            if (exception instanceof AuthenticationServiceException) {
                log.warn("Could not verify a bearer token: {}", exception.getClass().getSimpleName());
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                write(response, 503, ISSUER_UNAVAILABLE);
            } else {
                unauthorized.commence(request, response, exception);
            }
        };
    }

    private static String safeCode(String error) {
        return error.matches("[a-z_]{1,40}") ? error : "invalid_token";
    }

    private static void write(HttpServletResponse response, int status, String problem) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(problem.getBytes(StandardCharsets.UTF_8));
    }

    private static String problem(String type, String title, int status, String detail) {
        return "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(type, title, status, detail);
    }

    private SecurityProblems() {
    }
}
