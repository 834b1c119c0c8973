package org.nrmtracker.query.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.nrmtracker.platform.security.Caller;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Bearer tokens for tests, signed by an RSA key pair generated when the tests run (no key is kept in the
 * repository), shaped like the command side's: {@code sub} the client, {@code scope} a JSON list, {@code org}.
 * {@link #decoder()} trusts exactly this key, with the local mode's checks.
 */
public final class TestTokens {

    public static final String PROVIDER_ORG = "provider-org";
    public static final String OTHER_PROVIDER_ORG = "other-provider-org";

    private static final RSAKey KEY = generate();
    private static final RSAKey STRANGER = generate();

    /** A provider of {@code organisation}: referrals:write. */
    public static String provider(String organisation) {
        return client("provider-client").scopes("referrals:write").organisation(organisation).token();
    }

    public static String analyst() {
        return client("analyst-client").scopes("statistics:read").token();
    }

    public static String auditor() {
        return client("auditor-client").scopes("audit:read").token();
    }

    public static String admin() {
        return client("admin-client").scopes("admin").token();
    }

    public static Token client(String client) {
        return new Token(client, List.of(), null, null, Duration.ofMinutes(30), KEY, "http://127.0.0.1/test-issuer");
    }

    /** The public half of the key, as a JWK set document ({@code /oauth2/jwks}, {@code jwks_uri}) serves it. */
    public static String publicJwkSet() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Trusts tokens signed by this class's key, checked as in local mode. */
    public static JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefault());
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token being made; every method returns a changed copy. */
    public record Token(String client, List<String> scopes, String organisation, String clientIdClaim,
                        Duration expiresIn, RSAKey signer, String issuer) {

        public Token scopes(String... scopes) {
            return new Token(client, List.of(scopes), organisation, clientIdClaim, expiresIn, signer, issuer);
        }

        public Token organisation(String organisation) {
            return new Token(client, scopes, organisation, clientIdClaim, expiresIn, signer, issuer);
        }

        /** A {@code client_id} claim, which names the client ahead of {@code sub}. */
        public Token clientId(String clientId) {
            return new Token(client, scopes, organisation, clientId, expiresIn, signer, issuer);
        }

        /** Expired this long ago (well beyond the 60 seconds of allowed clock skew). */
        public Token expiredFor(Duration ago) {
            return new Token(client, scopes, organisation, clientIdClaim, ago.negated(), signer, issuer);
        }

        /** Signed by a key nobody trusts. */
        public Token signedByStranger() {
            return new Token(client, scopes, organisation, clientIdClaim, expiresIn, STRANGER, issuer);
        }

        public Token issuer(String issuer) {
            return new Token(client, scopes, organisation, clientIdClaim, expiresIn, signer, issuer);
        }

        public String token() {
            Instant now = Instant.now();
            Instant expires = now.plus(expiresIn);
            Instant issued = expiresIn.isNegative() ? expires.minus(Duration.ofMinutes(5)) : now;
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer).subject(client).audience(client)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issued)).notBeforeTime(Date.from(issued)).expirationTime(Date.from(expires))
                    .claim("scope", scopes);
            if (organisation != null) {
                claims.claim(Caller.ORGANISATION_CLAIM, organisation);
            }
            if (clientIdClaim != null) {
                claims.claim("client_id", clientIdClaim);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            try {
                jwt.sign(new RSASSASigner(signer));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestTokens() {
    }
}
