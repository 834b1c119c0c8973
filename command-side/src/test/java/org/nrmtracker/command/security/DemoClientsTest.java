package org.nrmtracker.command.security;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.CommandSideApplication;
import org.nrmtracker.command.WriteApi;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo clients of docs/api.md §8 exist only when the app is started with {@code --demo} (issue 5). */
class DemoClientsTest {

    private static final List<String> DEMO_CLIENTS =
            List.of("demo-provider", "demo-provider-2", "demo-analyst", "demo-auditor", "demo-admin");

    @Test
    void withoutTheFlagNoDemoClientGetsAToken() {
        try (ConfigurableApplicationContext app = start()) {
            WriteApi api = new WriteApi(port(app), null);
            for (String client : DEMO_CLIENTS) {
                assertThat(tokenStatus(api, client)).as(client).isEqualTo(401);
            }
        }
    }

    @Test
    void withTheFlagEachDemoClientGetsAToken() {
        try (ConfigurableApplicationContext app = start("--demo")) {
            WriteApi api = new WriteApi(port(app), null);
            for (String client : DEMO_CLIENTS) {
                assertThat(tokenStatus(api, client)).as(client).isEqualTo(200);
            }
        }
    }

    private static int tokenStatus(WriteApi api, String client) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + client + "-secret").getBytes());
        return api.withAuthorization("Basic " + basic)
                .post("/oauth2/token", "grant_type=client_credentials".getBytes(), "application/x-www-form-urlencoded")
                .status();
    }

    private static ConfigurableApplicationContext start(String... flags) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--nrm.embedded-mongodb.port=0",
                "--nrm.embedded-mongodb.file="));
        args.addAll(List.of(flags));
        return new SpringApplicationBuilder(CommandSideApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
