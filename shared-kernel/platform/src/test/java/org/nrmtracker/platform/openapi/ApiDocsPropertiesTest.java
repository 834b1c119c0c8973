package org.nrmtracker.platform.openapi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsPropertiesTest {

    private static final String LOCAL = "http://localhost:8080/oauth2/token";
    private static final String ISSUER = "https://login.example.org/realms/nrm/";

    @Test
    void localModeGetsTokensFromTheLocalEndpointAndShowsTheDescriptionToAnyone() {
        ApiDocsProperties properties = new ApiDocsProperties("", LOCAL, null);

        assertThat(properties.tokenUrlOr("")).hasValue(LOCAL);
        assertThat(properties.readableWithoutToken("")).isTrue();
    }

    @Test
    void productionFindsTheIssuersTokenEndpointAndWantsATokenUnlessOpened() {
        ApiDocsProperties properties = new ApiDocsProperties(" ", LOCAL, null);

        assertThat(properties.tokenUrlOr(ISSUER)).isEmpty();
        assertThat(properties.discoveryOf(ISSUER))
                .isEqualTo("https://login.example.org/realms/nrm/.well-known/openid-configuration");
        assertThat(properties.readableWithoutToken(ISSUER)).isFalse();
        assertThat(new ApiDocsProperties("", LOCAL, true).readableWithoutToken(ISSUER)).isTrue();
    }

    @Test
    void aTokenUrlSetIsUsedInEitherMode() {
        ApiDocsProperties properties = new ApiDocsProperties("https://login.example.org/token", LOCAL, false);

        assertThat(properties.tokenUrlOr(ISSUER)).hasValue("https://login.example.org/token");
        assertThat(properties.tokenUrlOr("")).hasValue("https://login.example.org/token");
        assertThat(properties.readableWithoutToken("")).isFalse();
    }
}
