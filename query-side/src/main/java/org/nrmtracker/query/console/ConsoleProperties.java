package org.nrmtracker.query.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;

/**
 * {@code nrm.console.*}: the console as a client of the issuer that signs people in (docs/console.md).
 *
 * @param clientId     its client id at the issuer ({@code NRM_CONSOLE_CLIENT_ID})
 * @param clientSecret its secret ({@code NRM_CONSOLE_CLIENT_SECRET}); in local mode, empty means the demo console
 *                     client's ({@code nrm-console-secret}), registered by the command side with {@code --demo}
 * @param scopes       what it asks for: {@code openid} and the API's scopes; each person's token carries only theirs
 * @param commandSideUrl where the console's writes go ({@link ConsoleWrites}): the command side's base address as
 *                     this server reaches it ({@code NRM_CONSOLE_COMMAND_SIDE_URL}; locally port 8080)
 */
@ConfigurationProperties("nrm.console")
record ConsoleProperties(@DefaultValue("nrm-console") String clientId,
                         String clientSecret,
                         @DefaultValue({"openid", "referrals:write", "statistics:read", "audit:read", "admin"})
                         List<String> scopes,
                         @DefaultValue("http://127.0.0.1:8080") URI commandSideUrl) {

    static final String REGISTRATION = "nrm-console";
    static final String LOCAL_SECRET = "nrm-console-secret";

    ConsoleProperties {
        clientSecret = clientSecret == null ? "" : clientSecret.strip();
        scopes = List.copyOf(scopes);
    }
}
