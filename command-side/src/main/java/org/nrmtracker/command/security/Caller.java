package org.nrmtracker.command.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.security.Principal;

/**
 * Who sent a request, from its bearer token: the client that recorded an event ({@code recordedBy} in the audit
 * trail) and the organisation whose referrals it may touch (contract §8).
 *
 * @param client       claim {@code client_id} (RFC 9068), else {@code azp}, else {@code sub}: tokens of the
 *                     client-credentials grant name the client in one of them, whichever issuer made them
 * @param organisation claim {@code org}; null for a token without one (such a caller may not write)
 */
public record Caller(String client, String organisation) {

    public static final String ORGANISATION_CLAIM = "org";
    public static final String CLIENT_ID_CLAIM = "client_id";

    /** The caller of an authenticated request; the security filter chain lets no other reach a handler. */
    public static Caller of(Principal principal) {
        if (!(principal instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("a request reached the API without a bearer token");
        }
        Jwt jwt = token.getToken();
        return new Caller(clientOf(jwt), jwt.getClaimAsString(ORGANISATION_CLAIM));
    }

    static String clientOf(Jwt jwt) {
        String client = jwt.getClaimAsString(CLIENT_ID_CLAIM);
        if (client == null || client.isBlank()) {
            client = jwt.getClaimAsString("azp");
        }
        return client == null || client.isBlank() ? jwt.getSubject() : client;
    }

    static boolean hasOrganisation(Jwt jwt) {
        String organisation = jwt.getClaimAsString(ORGANISATION_CLAIM);
        return organisation != null && !organisation.isBlank();
    }
}
