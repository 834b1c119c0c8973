package org.nrmtracker.command.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.nrmtracker.platform.security.Caller;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tokens the token endpoint would never issue, signed with the app's own key (an expired one, one without an
 * organisation) or with a key generated here and trusted by nobody.
 */
final class MintedTokens {

    private final NimbusJwtEncoder encoder;

    MintedTokens(JWKSource<SecurityContext> keys) {
        this.encoder = new NimbusJwtEncoder(keys);
    }

    /** Signed by a key made now, which the app has never seen. */
    static MintedTokens ofAStranger() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new MintedTokens(new ImmutableJWKSet<>(new JWKSet(key)));
    }

    String token(String client, List<String> scopes, String organisation, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(client)
                .claim(Caller.CLIENT_ID_CLAIM, client)
                .claim("scope", scopes)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (organisation != null) {
            claims.claim(Caller.ORGANISATION_CLAIM, organisation);
        }
        return encoder.encode(JwtEncoderParameters.from(claims.build())).getTokenValue();
    }
}
