package org.nrmtracker.query.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.List;

/**
 * The command side, started from its built jar in its own JVM with its embedded MongoDB: the two
 * applications meet only in MongoDB, as in production. The reactor builds command-side before
 * query-side, so {@code ./mvnw verify} always has the jar.
 */
public final class CommandSideProcess implements AutoCloseable {

    private static final Path JAR_DIR = Path.of("..", "command-side", "target");

    private final Process process;
    public final int httpPort;
    public final int mongoPort;

    private CommandSideProcess(Process process, int httpPort, int mongoPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.mongoPort = mongoPort;
    }

    /** The command side's built jar. */
    public static Path jar() throws IOException {
        try (var files = Files.list(JAR_DIR)) {
            return files.filter(p -> p.getFileName().toString().matches("command-side-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No command-side jar in " + JAR_DIR + ": run ./mvnw verify from the repository root"));
        }
    }

    /**
     * @param heap      the JVM's heap option, e.g. {@code -Xmx512m}
     * @param storeFile the embedded server's data file (the durable H2 backend), or "" for memory only
     * @param settings  more of its settings, as {@code --name=value}
     */
    public static CommandSideProcess start(Path log, String heap, String storeFile, String... settings)
            throws IOException, InterruptedException {
        Path jar = jar();
        int httpPort = freePort();
        int mongoPort = freePort();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-jar", jar.toString(),
                "--demo", "--server.port=" + httpPort, "--nrm.embedded-mongodb.port=" + mongoPort,
                "--nrm.embedded-mongodb.file=" + storeFile));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        CommandSideProcess commandSide = new CommandSideProcess(process, httpPort, mongoPort);
        commandSide.awaitHealthy();
        return commandSide;
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The command side exited with " + process.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The command side did not become healthy within 2 minutes");
    }

    /** A token of the command side's own endpoint for a demo client of docs/api.md §8 (secret = id + "-secret"). */
    public String token(String client) throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString((client + ":" + client + "-secret").getBytes());
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + client + ": " + answer.statusCode());
        }
        return tools.jackson.databind.json.JsonMapper.shared().readTree(answer.body()).get("access_token").asString();
    }

    /** CPU time the command side's JVM has used so far, all its threads; empty where the system does not tell. */
    public Optional<Duration> cpuTime() {
        return process.info().totalCpuDuration();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
