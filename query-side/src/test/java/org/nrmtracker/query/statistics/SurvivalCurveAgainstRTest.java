package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Random curves with many ties and censorings compared with R's {@code survival} package itself, number by number
 * (docs/api.md §5.4). Skipped where {@code Rscript} with {@code survival} is not installed (Debian: r-base-core,
 * r-cran-survival); the hand-worked cases of {@link SurvivalCurveTest} run everywhere.
 */
class SurvivalCurveAgainstRTest {

    private static final String SCRIPT = """
            library(survival)
            d <- read.csv(commandArgs(TRUE)[1])
            fit <- survfit(Surv(days, event) ~ 1, data = d)
            f <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
            m <- summary(fit)$table
            cat(f(m["median"]), f(m["0.95LCL"]), f(m["0.95UCL"]), sep = ",")
            cat("\\n")
            for (i in seq_along(fit$time)) cat(fit$time[i], fit$n.risk[i], fit$n.event[i], fit$n.censor[i],
                f(fit$surv[i]), f(fit$lower[i]), f(fit$upper[i]), sep = ",", "\\n")
            """;

    @TempDir
    static Path directory;

    @BeforeAll
    static void rIsInstalled() throws Exception {
        assumeThat(run(List.of("Rscript", "-e", "library(survival)")) == 0)
                .as("Rscript with the survival package is not installed: comparison with R skipped").isTrue();
    }

    @Test
    void everyStepAndTheMedianWithItsIntervalAreRs() throws Exception {
        Random random = new Random(20261206);
        for (int curve = 0; curve < 6; curve++) {
            int size = 5 + random.nextInt(curve < 3 ? 40 : 400);
            int spread = 1 + random.nextInt(curve % 2 == 0 ? 20 : 800);
            KaplanMeier ours = new KaplanMeier();
            StringBuilder csv = new StringBuilder("days,event\n");
            for (int i = 0; i < size; i++) {
                int days = random.nextInt(spread);
                boolean event = random.nextInt(10) < 7;
                if (event) {
                    ours.event(days);
                } else {
                    ours.censored(days);
                }
                csv.append(days).append(',').append(event ? 1 : 0).append('\n');
            }
            assertSameAsR(ours.curve(), csv.toString(), "curve " + curve);
        }
    }

    private static void assertSameAsR(SurvivalCurve ours, String data, String name) throws Exception {
        Path input = directory.resolve("data.csv");
        Path script = directory.resolve("curve.R");
        Path output = directory.resolve("out.txt");
        Files.writeString(input, data);
        Files.writeString(script, SCRIPT);
        ProcessBuilder builder = new ProcessBuilder("Rscript", script.toString(), input.toString())
                .redirectOutput(output.toFile()).redirectErrorStream(false);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        String[] median = lines.get(0).split(",");
        assertThat(List.of(text(ours.median()), text(ours.medianLower95()), text(ours.medianUpper95())))
                .as(name + " median").containsExactly(text(median[0]), text(median[1]), text(median[2]));
        List<String[]> steps = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                steps.add(line.strip().split(","));
            }
        }
        assertThat(ours.steps()).as(name).hasSize(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            String[] r = steps.get(i);
            SurvivalStep step = ours.steps().get(i);
            assertThat(List.of(step.days(), step.atRisk(), step.events(), step.censored())).as(name + " step " + i)
                    .containsExactly(Long.parseLong(r[0]), Long.parseLong(r[1]), Long.parseLong(r[2]), Long.parseLong(r[3]));
            assertClose(step.survival(), r[4], name + " survival " + i);
            assertClose(step.lower95(), r[5], name + " lower " + i);
            assertClose(step.upper95(), r[6], name + " upper " + i);
        }
    }

    private static void assertClose(Double ours, String r, String name) {
        if (r.equals("NA")) {
            assertThat(ours).as(name).isNull();
        } else {
            double expected = Double.parseDouble(r);
            assertThat(ours).as(name).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-13 * Math.max(1, expected)));
        }
    }

    private static String text(BigDecimal days) {
        return days == null ? "NA" : days.stripTrailingZeros().toPlainString();
    }

    private static String text(String r) {
        return r.equals("NA") ? r : text(new BigDecimal(r));
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException notInstalled) {
            return -1;
        }
    }
}
