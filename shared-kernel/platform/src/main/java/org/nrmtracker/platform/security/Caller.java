package org.nrmtracker.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sent a request, as its bearer token says: the client that recorded or read something ({@code recordedBy} in
 * the audit trail), the organisation whose referrals it may touch, and the authorities its scopes grant
 * (docs/api.md §8).
 *
 * @param client       claim {@code client_id} (RFC 9068), else {@code azp}, else {@code sub}: tokens of the
 *                     client-credentials grant name the client in one of them, whichever issuer made them
 * @param organisation claim {@code org}; null for a token without one (such a caller may not write)
 * @param authorities  the {@link Authorities} its token was granted
 */
public record Caller(String client, String organisation, Set<String> authorities) {

    public static final String ORGANISATION_CLAIM = "org";
    public static final String CLIENT_ID_CLAIM = "client_id";

    public Caller {
        authorities = Set.copyOf(authorities);
    }

    /**
     * The caller of a request authenticated by a bearer token. The security chain lets no request without one
     * reach a handler that asks; should one do so all the same, it is refused here rather than recorded as nobody.
     */
    public static Caller of(Principal principal) {
        if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new IllegalStateException("a request reached the API without a bearer token");
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new Caller(clientOf(jwt.getClaims()), text(jwt.getClaims().get(ORGANISATION_CLAIM)), authorities);
    }

    public boolean has(String authority) {
        return authorities.contains(authority);
    }

    private static String clientOf(Map<String, Object> claims) {
        for (String claim : new String[] {CLIENT_ID_CLAIM, "azp", "sub"}) {
            String value = text(claims.get(claim));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Only a string counts: a claim of another shape names no client or organisation. */
    private static String text(Object claim) {
        return claim instanceof String value && !value.isBlank() ? value : null;
    }
}
