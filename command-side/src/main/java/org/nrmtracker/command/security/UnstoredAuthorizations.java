package org.nrmtracker.command.security;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps no record of issued tokens. Client-credentials JWTs are checked by signature and expiry alone; Spring's
 * in-memory store would keep every token ever issued (it evicts only unfinished authorization-code flows), so a
 * provider that asks for a token per request would grow the heap without bound. The price: the revocation and
 * introspection endpoints know no token; a token ends when it expires ({@code nrm.oauth.access-token-ttl}).
 */
final class UnstoredAuthorizations implements OAuth2AuthorizationService {

    @Override
    public void save(OAuth2Authorization authorization) {
        // nothing to keep: see the class comment
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // nothing kept
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
