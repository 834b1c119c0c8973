package org.nrmtracker.command.security;

import org.nrmtracker.platform.security.OAuthProperties;
import org.nrmtracker.platform.security.Scopes;
import org.springframework.core.env.Environment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo clients of docs/api.md §8, secret = client id + {@code -secret}. They exist only when the app is started
 * with {@code --demo} (a command-line flag, so never by accident from the environment of a production host).
 */
final class DemoClients {

    static final String FLAG = "demo";

    static Map<String, OAuthProperties.Client> requested(Environment environment) {
        if (!environment.containsProperty(FLAG) || "false".equalsIgnoreCase(environment.getProperty(FLAG))) {
            return Map.of();
        }
        Map<String, OAuthProperties.Client> clients = new LinkedHashMap<>();
        clients.put("demo-provider", client("demo-provider", Scopes.REFERRALS_WRITE, "demo-provider-org"));
        clients.put("demo-provider-2", client("demo-provider-2", Scopes.REFERRALS_WRITE, "demo-provider-2-org"));
        clients.put("demo-analyst", client("demo-analyst", Scopes.STATISTICS_READ, null));
        clients.put("demo-auditor", client("demo-auditor", Scopes.AUDIT_READ, null));
        clients.put("demo-admin", client("demo-admin", Scopes.ADMIN, null));
        return clients;
    }

    private static OAuthProperties.Client client(String id, String scope, String organisation) {
        return new OAuthProperties.Client("{noop}" + id + "-secret", List.of(scope), organisation);
    }

    private DemoClients() {
    }
}
