package com.computefolio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.zip.CRC32;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Points sqlite-jdbc at one copy of its native library kept in the user's cache folder, instead of
 * letting it inflate the library out of its jar into the temporary folder on every start (and
 * delete it at exit): about a tenth of the CPU of a short command such as {@code summary}, and no
 * {@code sqlite-*.so} files left in /tmp by killed processes.
 *
 * <p>Safe to share between processes and versions: the copy's name carries the CRC-32 and size
 * of the library in the jar, so a different library never takes another's file; before each use
 * the copy is compared byte for byte with the library in the jar (a few milliseconds: what is
 * saved is writing the file, sqlite-jdbc's scan of the temporary folder for old copies, and
 * deleting it at exit), so a damaged copy is replaced rather than loaded; a new copy is
 * written to a temporary file in the same folder and moved into place atomically, so a racing
 * process sees either no copy or a whole one. The folder is the user's own. When anything is
 * unusual (no library for this system, a folder that cannot be written, a launcher that already
 * names a library with {@code org.sqlite.lib.path}, as the app image does) nothing is set and
 * sqlite-jdbc extracts the library as it always did.
 */
final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    /** Set to {@code false} to keep sqlite-jdbc's own extraction (e.g. to compare the two). */
    static final String ENABLED_PROPERTY = "computefolio.sqlite.cache";

    private static volatile boolean prepared;

    private SqliteNativeLibrary() {
    }

    /** Before the first connection of this process: afterwards sqlite-jdbc has loaded its library. */
    static void prepareOnce() {
        if (prepared) {
            return;
        }
        synchronized (SqliteNativeLibrary.class) {
            if (!prepared) {
                prepare(System.getProperties(), System.getenv());
                prepared = true;
            }
        }
    }

    /** Sets the two properties to the cached copy, or nothing; returns the copy used, or null. */
    static Path prepare(Properties properties, Map<String, String> env) {
        if (properties.getProperty(PATH_PROPERTY) != null || "false".equals(properties.getProperty(ENABLED_PROPERTY))) {
            return null;
        }
        Path folder = cacheFolder(properties, env);
        if (folder == null) {
            return null;
        }
        try {
            Path copy = cachedCopy(folder, LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName());
            if (copy != null) {
                properties.setProperty(PATH_PROPERTY, copy.getParent().toString());
                properties.setProperty(NAME_PROPERTY, copy.getFileName().toString());
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            // Any trouble with the cache only costs the extraction sqlite-jdbc does anyway.
            return null;
        }
    }

    /** The library copied into {@code folder} (made if needed) and checked, or null if there is none to copy. */
    static Path cachedCopy(Path folder, String resource) throws IOException {
        byte[] library;
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            library = in.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(library);
        String name = "sqlite-jdbc-" + Long.toHexString(crc.getValue()) + "-" + library.length + "-" + Path.of(resource).getFileName();
        Path copy = folder.resolve(name);
        if (Files.isRegularFile(copy) && Files.size(copy) == library.length && Arrays.equals(Files.readAllBytes(copy), library)) {
            return copy;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, name, ".part");
        try {
            Files.write(partial, library);
            move(partial, copy);
            return copy;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The per-user cache: XDG_CACHE_HOME (when absolute) or ~/.cache on Linux, ~/Library/Caches on
     * macOS, %LOCALAPPDATA% on Windows; a subfolder of Computefolio's own.
     */
    static Path cacheFolder(Properties properties, Map<String, String> env) {
        String home = properties.getProperty("user.home");
        String os = properties.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            base = local == null || local.isBlank() ? null : Path.of(local);
        } else if (os.startsWith("mac")) {
            base = home == null ? null : Path.of(home, "Library", "Caches");
        } else {
            String xdg = env.get("XDG_CACHE_HOME");
            // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
            base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                    : home == null ? null : Path.of(home, ".cache");
        }
        return base == null ? null : base.resolve("computefolio").resolve("native");
    }
}
