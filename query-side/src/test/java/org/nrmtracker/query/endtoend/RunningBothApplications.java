package org.nrmtracker.query.endtoend;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Both applications for every test of a class, as a JUnit extension: started before the first test, stopped after
 * the last. Register it as a static field with {@code @RegisterExtension}.
 */
final class RunningBothApplications implements BeforeAllCallback, AfterAllCallback {

    private final String[] settings;
    private Path logs;
    private BothApplications running;

    /** @param settings more of the query side's settings, as {@code --name=value} */
    RunningBothApplications(String... settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        logs = Files.createTempDirectory("end-to-end-");
        running = BothApplications.start(logs.resolve("command-side.log"), "", settings);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (running != null) {
            running.close();
        }
        try (Stream<Path> files = Files.walk(logs)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    CommandSideProcess commandSide() {
        return running.commandSide();
    }

    int queryPort() {
        return running.queryPort();
    }
}
