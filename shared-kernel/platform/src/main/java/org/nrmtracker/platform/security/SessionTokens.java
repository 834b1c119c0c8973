package org.nrmtracker.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A request of a signed-in console without an {@code Authorization} header goes on as if it carried the session's
 * access token as a bearer token, so that the same checks decide (docs/console.md). It runs after the CSRF check:
 * Spring exempts requests that bring their own bearer token from it, and one that came with the session cookie
 * must not be.
 */
final class SessionTokens extends OncePerRequestFilter {

    private final SignedInSessions sessions;

    SessionTokens(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getSession(false) != null
                ? sessions.accessToken(request) : null;
        chain.doFilter(token == null ? request : new WithBearer(request, "Bearer " + token), response);
    }

    private static final class WithBearer extends HttpServletRequestWrapper {

        private final String authorization;

        WithBearer(HttpServletRequest request, String authorization) {
            super(request);
            this.authorization = authorization;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(authorization))
                    : super.getHeaders(name);
        }
    }
}
