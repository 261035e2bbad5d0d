package com.computefolio.testing;

import com.computefolio.store.PostgresAddress;
import com.computefolio.store.PostgresDialect;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the test run (no mocks): made once per JVM with the server's own
 * initdb and pg_ctl in a temporary folder, on a free loopback port (other engineers' builds run at the
 * same time), and stopped and deleted when the JVM exits. As root, the server runs as the
 * {@code postgres} OS user, since PostgreSQL refuses to run as root. Logins use passwords
 * (scram-sha-256) as on a real team server.
 *
 * <p>Missing server binaries FAIL the tests that need them, with a message saying to run .ci/run,
 * which installs them from the Debian packages: a suite that skipped PostgreSQL would pass while
 * testing only half of the stores.
 */
public final class PostgresServer {

    /** The superuser's password, only ever used against this throwaway cluster. */
    public static final String SUPERUSER_PASSWORD = "throwaway-superuser";
    private static final String SUPERUSER = "postgres";
    private static final Path BINARIES_ROOT = Path.of("/usr/lib/postgresql");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final int port;

    private PostgresServer(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
    }

    /** The cluster of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = startNew();
            PostgresServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "stop-throwaway-postgres"));
        }
        return shared;
    }

    private static PostgresServer startNew() {
        Path bin = binaries();
        try {
            Path folder = Files.createTempDirectory("cf-pg-");
            // The postgres OS user must write here when the tests run as root.
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path pwfile = folder.resolve("pwfile");
            Files.writeString(pwfile, SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-r--r--"));
            PostgresServer server = new PostgresServer(bin, folder, freePort());
            server.run(bin.resolve("initdb") + " -D " + server.data + " -U " + SUPERUSER + " -E UTF8 --locale=C"
                    + " --auth=scram-sha-256 --pwfile=" + pwfile + " --no-sync");
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the throwaway PostgreSQL cluster: " + e.getMessage(), e);
        }
    }

    /** The newest installed server's binaries, or a failure that says how to install them. */
    static Path binaries() {
        try (Stream<Path> versions = Files.isDirectory(BINARIES_ROOT) ? Files.list(BINARIES_ROOT) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("The PostgreSQL server binaries (initdb, pg_ctl) are not"
                            + " installed under " + BINARIES_ROOT + ": run .ci/run, which installs the Debian packages"
                            + " postgresql and postgresql-client, then the tests again"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot look for the PostgreSQL binaries: " + e.getMessage(), e);
        }
    }

    /** Starts the cluster (again, after {@link #stopImmediately()}) and waits until it takes connections. */
    public void start() {
        run(bin.resolve("pg_ctl") + " -D " + data + " -l " + folder.resolve("server.log") + " -w -t 60"
                + " -o \"-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c full_page_writes=off -c max_connections=200\" start");
    }

    /** Kills the server as a power cut would (pg_ctl stop -m immediate): no shutdown checkpoint. */
    public void stopImmediately() {
        run(bin.resolve("pg_ctl") + " -D " + data + " -m immediate -w stop");
    }

    public int port() {
        return port;
    }

    /** A new, empty database owned by the superuser, for one test or test class. */
    public PostgresAddress createDatabase() {
        String name = "cf_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name);
        return superuser(name);
    }

    /** The superuser's address of a database in this cluster. */
    public PostgresAddress superuser(String database) {
        return new PostgresAddress("127.0.0.1", port, database, SUPERUSER);
    }

    /** A dialect that logs in as the superuser. */
    public PostgresDialect dialect(PostgresAddress address) {
        return new PostgresDialect(address, Optional.of(SUPERUSER_PASSWORD));
    }

    /** Runs statements as the superuser in a database (set-up only: roles, users, grants). */
    public void execute(String database, String... sql) {
        try (Connection c = dialect(superuser(database)).connect(); Statement statement = c.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("set-up SQL failed in " + database + ": " + e.getMessage(), e);
        }
    }

    private void run(String command) {
        List<String> argv = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            argv.addAll(List.of("su", SUPERUSER, "-s", "/bin/sh", "-c", command));
        } else {
            argv.addAll(List.of("/bin/sh", "-c", command));
        }
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("the throwaway PostgreSQL failed: " + command + "\n" + output
                        + serverLog());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private String serverLog() {
        try {
            Path log = folder.resolve("server.log");
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void destroy() {
        try {
            // Immediate: the data is thrown away, so the shutdown checkpoint a fast stop writes (slow
            // on a loaded machine, past surefire's 30 s grace for a forked JVM's exit) buys nothing.
            run(bin.resolve("pg_ctl") + " -D " + data + " -m immediate -w stop");
        } catch (IllegalStateException alreadyStopped) {
            // A test stopped it, or it never started; the folder goes either way.
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
