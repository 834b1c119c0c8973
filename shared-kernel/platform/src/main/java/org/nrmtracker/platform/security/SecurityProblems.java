package org.nrmtracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answers of requests the filter chain turns away, as {@code application/problem+json} (docs/api.md §1, §8): 401,
 * 403, and 503 when tokens cannot be checked. The texts are fixed: nothing of the token, of the reason it was
 * refused (Nimbus' messages name its parser) or of the request is echoed, not even in {@code WWW-Authenticate}
 * beyond the RFC 6750 error code.
 */
public final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler,
        AuthenticationFailureHandler {

    public static final String UNAUTHORIZED_TYPE = ProblemTypes.UNAUTHORIZED.toString();
    public static final String FORBIDDEN_TYPE = ProblemTypes.FORBIDDEN.toString();

    private static final String UNAUTHORIZED = problem(UNAUTHORIZED_TYPE, "Authentication required", 401,
            "A valid bearer token is required.");
    private static final String FORBIDDEN = problem(FORBIDDEN_TYPE, "Forbidden", 403,
            "The token's scopes do not allow this request.");
    private static final String CSRF_MISSING = problem(FORBIDDEN_TYPE, "Forbidden", 403,
            "A request sent with the console's session needs its CSRF token (header X-XSRF-TOKEN).");
    private static final String ISSUER_UNAVAILABLE = problem(ProblemTypes.TOKEN_ISSUER_UNAVAILABLE.toString(),
            "Token issuer unavailable", 503, "Bearer tokens cannot be verified at the moment; try again later.");
    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

    /**
     * A token that could not be checked because the issuer's keys could not be fetched is the server's failure,
     * not the caller's: 503 rather than 401. Every other failure is the caller's: 401.
     */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        if (e instanceof AuthenticationServiceException) {
            log.warn("Could not verify a bearer token: {}", e.getClass().getSimpleName());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            write(response, HttpStatus.SERVICE_UNAVAILABLE, ISSUER_UNAVAILABLE);
        } else {
            commence(request, response, e);
        }
    }

    /** 401: no token, or one that is malformed, expired, not yet valid or signed by a key not trusted. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(request, e));
        write(response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED);
    }

    /**
     * 403: a valid token whose scopes (or missing {@code org} claim) do not allow the request; or a state-changing
     * request of a signed-in console without its CSRF token (docs/console.md).
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, CSRF_MISSING);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        write(response, HttpStatus.FORBIDDEN, FORBIDDEN);
    }

    /** RFC 6750 §3: the refused token's error code; a request that sent no credentials gets the bare challenge. */
    private static String challenge(HttpServletRequest request, AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError().getErrorCode().matches("[a-z_]{1,40}")) {
            return "Bearer error=\"" + oauth.getError().getErrorCode() + "\"";
        }
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null ? "Bearer" : "Bearer error=\"invalid_token\"";
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
