package org.nrmtracker.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The history the benchmark imports: the project's own synthetic NRM histories (seed 42, calibrated to the
 * published tables), written by the generator's own jar (command-side/synthetic-history, which the reactor builds
 * before the query side), cut to the wanted number of events. Each referral's lines stand together, so the cut
 * leaves at most the last referral's history short, which is still valid.
 */
record HistoryFile(Path file, long events, List<String> referralIds) {

    /** Lines per referral at scale 1 from 2019 to the as-of date: 470,649 lines, 131,771 referrals. */
    private static final double LINES_AT_SCALE_ONE = 470_649;
    private static final String AS_OF = "2026-12-01";
    private static final Path GENERATOR = Path.of("..", "command-side", "synthetic-history", "target",
            "synthetic-history.jar");
    private static final Pattern REFERRED = Pattern.compile("\"referralId\":\"([0-9a-f-]{36})\".*\"type\":\"REFERRED\"|"
            + "\"type\":\"REFERRED\".*\"referralId\":\"([0-9a-f-]{36})\"");

    static HistoryFile generate(Path dir, long events) throws IOException, InterruptedException {
        double scale = Math.min(10, Math.max(0.001, events / LINES_AT_SCALE_ONE * 1.05));
        Path generated = dir.resolve("generated.ndjson");
        if (!Files.isRegularFile(GENERATOR)) {
            throw new IllegalStateException("No generator jar at " + GENERATOR
                    + ": run ./mvnw -Pbenchmark -DskipTests verify from the repository root");
        }
        Process generator = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GENERATOR.toString(),
                "--seed", "42", "--from", "2019", "--scale", String.valueOf(scale), "--as-of", AS_OF,
                "--out", generated.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("generator.log").toFile()).start();
        if (generator.waitFor() != 0) {
            throw new IllegalStateException("The generator failed: see " + dir.resolve("generator.log"));
        }
        Path file = dir.resolve("history.ndjson");
        List<String> ids = new ArrayList<>();
        long written = 0;
        try (BufferedReader in = Files.newBufferedReader(generated, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && written < events; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                written++;
                Matcher referred = REFERRED.matcher(line);
                if (referred.find()) {
                    ids.add(referred.group(1) != null ? referred.group(1) : referred.group(2));
                }
            }
        }
        Files.delete(generated);
        if (written < events) {
            throw new IllegalStateException("The generator wrote only " + written + " lines, " + events + " wanted");
        }
        return new HistoryFile(file, written, List.copyOf(ids));
    }
}
