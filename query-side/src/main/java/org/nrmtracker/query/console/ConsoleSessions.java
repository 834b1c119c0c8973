package org.nrmtracker.query.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.nrmtracker.platform.security.SignedInSessions;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * The console's signed-in sessions as the API sees them: the person's access token, kept in the session and never
 * sent to the browser, refreshed by its refresh token when it expired; null when the session has none or the
 * refresh failed (the API then answers 401 and the page signs in again).
 */
final class ConsoleSessions implements SignedInSessions {

    private final OAuth2AuthorizedClientManager clients;
    private final CsrfTokenRepository csrfTokens;

    ConsoleSessions(OAuth2AuthorizedClientManager clients, CsrfTokenRepository csrfTokens) {
        this.clients = clients;
        this.csrfTokens = csrfTokens;
    }

    @Override
    public String accessToken(HttpServletRequest request) {
        OAuth2AuthenticationToken person = signedIn(request);
        if (person == null) {
            return null;
        }
        try {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(ConsoleProperties.REGISTRATION).principal(person)
                    .attribute(HttpServletRequest.class.getName(), request).build());
            return client == null ? null : client.getAccessToken().getTokenValue();
        } catch (OAuth2AuthorizationException | IllegalArgumentException signInAgain) {
            return null;
        }
    }

    @Override
    public CsrfTokenRepository csrfTokens() {
        return csrfTokens;
    }

    /** The person the session was signed in as, or null. */
    static OAuth2AuthenticationToken signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context)) {
            return null;
        }
        return context.getAuthentication() instanceof OAuth2AuthenticationToken person ? person : null;
    }
}
