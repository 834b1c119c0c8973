package org.nrmtracker.command.embedded;

import org.nrmtracker.command.CommandSideApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The command-side application in its own JVM, so a test can kill it like a crash would. */
final class ChildApplication implements AutoCloseable {

    private final Process process;
    final int httpPort;

    private ChildApplication(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    static ChildApplication start(Path dataFile, Path log) throws IOException, InterruptedException {
        int httpPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), CommandSideApplication.class.getName(),
                "--demo", "--server.port=" + httpPort,
                "--nrm.embedded-mongodb.port=" + freePort(),
                "--nrm.embedded-mongodb.file=" + dataFile));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        ChildApplication child = new ChildApplication(process, httpPort);
        child.awaitHealthy(Duration.ofMinutes(2));
        return child;
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The child application exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The child application did not become healthy in " + timeout);
    }

    /** SIGKILL: no shutdown hooks, no flushing, exactly like a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
