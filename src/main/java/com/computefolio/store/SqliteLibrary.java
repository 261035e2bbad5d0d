package com.computefolio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SQLite's native library, unpacked once per user instead of once per start. The driver (sqlite-jdbc) copies
 * its library out of the jar into the temporary folder on every start, compares the copy with the jar's byte by
 * byte and lists the temporary folder for leftovers: about a quarter of the CPU of a short command such as
 * {@code chart} (issue 18, docs/benchmarks.md). Here the library of the running driver version is unpacked into
 * the user's cache folder (a folder of the user's own, unlike the shared temporary folder) under a name made of
 * that version, written under a temporary name and moved into place (and written again whenever its bytes
 * differ from the jar's), and the driver is told to load it from
 * there ({@code org.sqlite.lib.path}, as the app image does with the copy it ships). Whatever fails here leaves
 * the driver to its own unpacking.
 */
final class SqliteLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    /** Where the driver unpacks (and looks for leftovers) when it must: our folder, not the whole temporary folder. */
    static final String TEMP_PROPERTY = "org.sqlite.tmpdir";

    private static boolean prepared;

    private SqliteLibrary() {
    }

    /** Points the driver at the user's unpacked copy, unpacking it first if needed; once per process, before the first connection. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // the app image names its own copy
        }
        Map<String, String> env = System.getenv();
        cacheFolder(env, System.getProperty("os.name", ""), System.getProperty("user.home"))
                .flatMap(SqliteLibrary::unpacked)
                .ifPresent(library -> {
                    System.setProperty(PATH_PROPERTY, library.getParent().toString());
                    System.setProperty(NAME_PROPERTY, library.getFileName().toString());
                    System.setProperty(TEMP_PROPERTY, library.getParent().toString());
                });
    }

    /** The per-user cache folder on Linux ({@code $XDG_CACHE_HOME} or {@code ~/.cache}); elsewhere none: the driver unpacks as before. */
    static Optional<Path> cacheFolder(Map<String, String> env, String osName, String home) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "computefolio"));
        }
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "computefolio"));
    }

    /**
     * The library of this driver unpacked under {@code folder}: reused when the copy there holds the same bytes as
     * the jar's (read whole and compared at once, a few milliseconds; the driver compares byte by byte through
     * streams), else written anew.
     */
    private static Optional<Path> unpacked(Path folder) {
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            Path dir = folder.resolve("sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion());
            Path library = dir.resolve(System.mapLibraryName("sqlitejdbc"));
            if (Files.isRegularFile(library) && Files.size(library) == bytes.length
                    && Arrays.equals(Files.readAllBytes(library), bytes)) {
                return Optional.of(library);
            }
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, "sqlitejdbc", ".part");
            try {
                Files.write(part, bytes);
                move(part, library);
            } finally {
                Files.deleteIfExists(part);
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a read-only home, a full disk: the driver unpacks into the temporary folder as before
        }
    }

    /** Into place in one step, so that a process starting meanwhile finds the whole library or none. */
    private static void move(Path part, Path library) throws IOException {
        try {
            Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, library, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
