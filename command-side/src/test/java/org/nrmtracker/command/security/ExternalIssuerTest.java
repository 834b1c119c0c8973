package org.nrmtracker.command.security;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.CommandSideApplication;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.nrmtracker.platform.security.Scopes;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.WriteApi.REFERRALS;

/**
 * Production mode (docs/api.md §8): with {@code nrm.oauth.issuer-uri} set the app runs no token endpoint, so not even
 * {@code --demo} creates a client, and while the issuer cannot be reached a token is refused as the server's
 * failure (503), never a 500, and the app still starts and answers its health check.
 */
class ExternalIssuerTest {

    @Test
    void anUnreachableIssuerIsA503AndThereIsNoLocalTokenEndpoint() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommandSideApplication.class).run(
                "--demo", "--server.port=0", "--nrm.embedded-mongodb.port=0", "--nrm.embedded-mongodb.file=",
                "--nrm.oauth.issuer-uri=http://127.0.0.1:" + closedPort + "/realms/nrm",
                "--nrm.personal-data.master-keys=" + MasterKeys.newEntry("production"))) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String token = MintedTokens.ofAStranger().token("provider", List.of(Scopes.REFERRALS_WRITE), "org-a",
                    Instant.now(), Instant.now().plus(5, ChronoUnit.MINUTES));
            WriteApi api = new WriteApi(port, null).withAuthorization("Bearer " + token);

            HttpAnswer write = api.post(REFERRALS, referral(UUID.randomUUID()).toString());

            assertThat(write.status()).isEqualTo(503);
            assertThat(write.contentType()).startsWith("application/problem+json");
            assertThat(write.body()).doesNotContain("eyJ").doesNotContain("127.0.0.1").doesNotContain("Exception");
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            assertThat(app.getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
            assertThat(api.withAuthorization("Basic ZGVtby1hZG1pbjpkZW1vLWFkbWluLXNlY3JldA==")
                    .post("/oauth2/token", "grant_type=client_credentials".getBytes(), "application/x-www-form-urlencoded")
                    .status()).isIn(401, 403, 404);
        }
    }
}
