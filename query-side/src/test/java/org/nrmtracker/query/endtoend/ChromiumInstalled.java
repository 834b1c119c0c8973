package org.nrmtracker.query.endtoend;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The browser tests run on the system's headless Chromium and its chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs). Where they are missing the tests are skipped, and say
 * so; with {@code CI=true} a missing Chromium fails the run instead, so CI never passes without them.
 */
final class ChromiumInstalled implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NRM_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("NRM_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        String missing = "No Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") installed";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(missing + ": CI must run the browser tests (apt-get install chromium "
                    + "chromium-driver; .ci/run does)");
        }
        System.out.println("Browser tests SKIPPED: " + missing + ". Install Debian's chromium and chromium-driver to run them.");
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing);
    }
}
