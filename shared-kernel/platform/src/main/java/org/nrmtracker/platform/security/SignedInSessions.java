package org.nrmtracker.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * People signed in to a console in their browser session (the query side's, docs/console.md), as the API sees them:
 * a request without an {@code Authorization} header is authorised by the access token the session holds, checked
 * like any bearer token; and, since the browser sends the session cookie by itself, a state-changing request
 * without the header must also carry the CSRF token. An application without a console declares no such bean.
 */
public interface SignedInSessions {

    /** The access token of the request's signed-in session (refreshed if it expired), or null. */
    String accessToken(HttpServletRequest request);

    /** Where the CSRF token the console's pages send back is kept. */
    CsrfTokenRepository csrfTokens();
}
