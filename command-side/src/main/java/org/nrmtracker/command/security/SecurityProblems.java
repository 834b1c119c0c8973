package org.nrmtracker.command.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 401 and 403 as problem+json (contract §1, §8). The texts are fixed: nothing of the token, of the reason it was
 * refused (Nimbus' messages name its parser) or of the request is echoed.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String UNAUTHORIZED_TYPE = "urn:nrm-tracker:problem:unauthorized";
    static final String FORBIDDEN_TYPE = "urn:nrm-tracker:problem:forbidden";

    private static final String UNAUTHORIZED = problem(UNAUTHORIZED_TYPE, "Authentication required", 401,
            "A valid bearer token is required.");
    private static final String FORBIDDEN = problem(FORBIDDEN_TYPE, "Forbidden", 403,
            "The token's scopes do not allow this request.");
    private static final String ISSUER_UNAVAILABLE = problem("urn:nrm-tracker:problem:token-issuer-unavailable",
            "Token issuer unavailable", 503, "Bearer tokens cannot be verified at the moment; try again later.");
    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

    /**
     * A token that could not be checked because the issuer's keys could not be fetched is the server's failure,
     * not the caller's: 503 rather than 401. Every other failure is the caller's: 401.
     */
    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof AuthenticationServiceException) {
            log.warn("Could not verify a bearer token: {}", e.getClass().getSimpleName());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            write(response, HttpStatus.SERVICE_UNAVAILABLE, ISSUER_UNAVAILABLE);
        } else {
            commence(request, response, e);
        }
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // RFC 6750 §3: a refused token is "invalid_token"; a request without one gets the bare challenge
        boolean tokenRefused = e instanceof InvalidBearerTokenException
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenRefused ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        write(response, HttpStatus.FORBIDDEN, FORBIDDEN);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String body) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String problem(String type, String title, int status, String detail) {
        return "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(type, title, status, detail);
    }
}
