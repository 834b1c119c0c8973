package org.nrmtracker.query.endtoend;

import org.nrmtracker.query.QuerySideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Both applications as they run locally: the command side from its jar in its own JVM with its embedded MongoDB
 * and the demo clients, the query side in this JVM reading that MongoDB and trusting the command side's token keys.
 * They meet only in MongoDB, as in production.
 *
 * @param queryPort the query side's HTTP port
 */
record BothApplications(CommandSideProcess commandSide, ConfigurableApplicationContext querySide, int queryPort)
        implements AutoCloseable {

    /**
     * @param storeFile the embedded server's data file, or "" for memory only
     * @param settings  more of the query side's settings, as {@code --name=value}
     */
    static BothApplications start(Path log, String storeFile, String... settings) throws Exception {
        return start(log, storeFile, List.of(), settings);
    }

    /** @param commandSideSettings more of the command side's settings, as {@code --name=value} */
    static BothApplications start(Path log, String storeFile, List<String> commandSideSettings, String... settings)
            throws Exception {
        CommandSideProcess commandSide = CommandSideProcess.start(log, "-Xmx384m", storeFile,
                commandSideSettings.toArray(String[]::new));
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--nrm.mongodb.uri=mongodb://127.0.0.1:" + commandSide.mongoPort,
                "--nrm.oauth.jwk-set-uri=http://127.0.0.1:" + commandSide.httpPort + "/oauth2/jwks",
                "--nrm.console.command-side-url=http://127.0.0.1:" + commandSide.httpPort));
        arguments.addAll(List.of(settings));
        ConfigurableApplicationContext querySide;
        try {
            querySide = new SpringApplicationBuilder(QuerySideApplication.class).run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            commandSide.close();
            throw e;
        }
        return new BothApplications(commandSide, querySide,
                querySide.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @Override
    public void close() throws Exception {
        querySide.close();
        commandSide.close();
    }
}
