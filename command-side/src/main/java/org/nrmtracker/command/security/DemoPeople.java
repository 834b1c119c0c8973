package org.nrmtracker.command.security;

import org.nrmtracker.platform.security.OAuthProperties;
import org.springframework.core.env.Environment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo people who sign in to the console on the local login page (docs/console.md): one for each demo client,
 * of the same name, with its scopes and organisation; password = name + {@code -password}. Like the clients they
 * exist only with {@code --demo}.
 */
final class DemoPeople {

    /** @return each person's name and what their access tokens carry; the secret is their password */
    static Map<String, OAuthProperties.Client> requested(Environment environment) {
        Map<String, OAuthProperties.Client> people = new LinkedHashMap<>();
        DemoClients.requested(environment).forEach((name, client) -> people.put(name,
                new OAuthProperties.Client("{noop}" + name + "-password", client.scopes(), client.organisation())));
        return people;
    }

    private DemoPeople() {
    }
}
