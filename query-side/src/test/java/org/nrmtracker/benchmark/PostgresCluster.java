package org.nrmtracker.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the benchmark's own, from Debian's packaged binaries: a new cluster in a temporary folder,
 * listening on a free loopback port, stopped and removed on {@link #close()} or, if the JVM ends first, by a shutdown
 * hook. PostgreSQL refuses to run as root, so when the benchmark is root the server runs as the {@code postgres} OS
 * user (which the package creates). Settings are PostgreSQL's defaults, as a newly installed server has them, unless
 * {@code -Dbenchmark.peer-postgres-settings} gives others.
 */
final class PostgresCluster implements AutoCloseable {

    static final String DATABASE = "benchmark";
    static final String USER = "postgres";
    private static final Path DEBIAN_BINARIES = Path.of("/usr/lib/postgresql");
    /** Settings other than the defaults, for experiments only, e.g. {@code -c synchronous_commit=off}. */
    static final String SETTINGS = System.getProperty("benchmark.peer-postgres-settings", "");

    private final Path bin;
    private final Path dir;
    private final int port;
    private final Thread stopOnExit = new Thread(this::stopQuietly, "postgres-stop");

    /** The newest installed version's bin folder, or empty when PostgreSQL's server is not installed. */
    static Optional<Path> binaries() {
        if (!Files.isDirectory(DEBIAN_BINARIES)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_BINARIES)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static PostgresCluster start(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("benchmark-postgres-");
        PostgresCluster cluster = new PostgresCluster(bin, dir, freePort());
        Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
        try {
            if (runsAsRoot()) {
                Files.setOwner(dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER));
            }
            cluster.postgres("initdb", "-D", cluster.data(), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C",
                    "--no-sync");
            cluster.postgres("pg_ctl", "-D", cluster.data(), "-l", dir.resolve("server.log").toString(), "-w", "-o",
                    "-p " + cluster.port + " -c listen_addresses=127.0.0.1 -k " + dir + " " + SETTINGS, "start");
            try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl("postgres"), USER, "")) {
                connection.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
            return cluster;
        } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
            cluster.close();
            throw new IOException("Could not start PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    private PostgresCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Where the cluster lives; gone once it is closed. */
    Path folder() {
        return dir;
    }

    /** The server's version as it reports it, e.g. "15.14". */
    String version() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, "")) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs the same stop, which is idempotent
        }
    }

    private synchronized void stopQuietly() {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            if (Files.exists(Path.of(data(), "postmaster.pid"))) {
                postgres("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("Could not stop PostgreSQL in " + dir + ": " + e.getMessage());
        } finally {
            EngineReplayComparison.deleteRecursively(dir);
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    /** Runs one of PostgreSQL's programs as its owner, in the cluster's folder (the postgres user may not enter ours). */
    private void postgres(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path output = Files.createTempFile("postgres-" + program + "-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (process.waitFor() != 0) {
                throw new IOException(program + " failed: " + Files.readString(output).strip());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
