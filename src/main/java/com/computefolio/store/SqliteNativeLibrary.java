package com.computefolio.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Points sqlite-jdbc at one copy of its native library kept in the user's cache folder, instead of
 * letting it inflate the library out of its jar into the temporary folder on every start (and
 * delete it at exit): about a tenth of the CPU of a short command such as {@code summary}, and no
 * {@code sqlite-*.so} files left in /tmp by killed processes.
 *
 * <p>The copy is kept by {@link UserCache} (safe to share between processes and versions, compared
 * byte for byte with the library in the jar before each use: a few milliseconds, while what is saved
 * is writing the file, sqlite-jdbc's scan of the temporary folder for old copies, and deleting it at
 * exit). When anything is
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
        return UserCache.copyOf(folder, "sqlite-jdbc-", Path.of(resource).getFileName().toString(), library);
    }

    /** The per-user cache folder of native libraries (see {@link UserCache#folder(Properties, Map, String)}). */
    static Path cacheFolder(Properties properties, Map<String, String> env) {
        return UserCache.folder(properties, env, "native");
    }
}
