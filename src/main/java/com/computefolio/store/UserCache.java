package com.computefolio.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.zip.CRC32;

/**
 * Files of the jar that a library wants as a file of its own (SQLite's native library, the bundled
 * fonts), kept as one checked copy per user in Computefolio's cache folder instead of a fresh copy in
 * the temporary folder on every start (ADR 49, ADR 53): a killed process leaves nothing behind, and a
 * start writes nothing when the copy is already there.
 *
 * <p>Safe to share between processes and versions: a copy's name carries the CRC-32 and size of the
 * bytes it holds, so other bytes never take its file; before each use the copy is compared byte for
 * byte with the bytes it must hold, so a damaged copy is replaced rather than used; a new copy is
 * written to a temporary file in the same folder and moved into place atomically, so a racing process
 * sees no copy or a whole one. The folder is the user's own, which the temporary folder is not.
 */
public final class UserCache {

    private UserCache() {
    }

    /** This user's cache folder for files of the given kind (e.g. "native", "fonts"), or null if there is none. */
    public static Path folder(String kind) {
        return folder(System.getProperties(), System.getenv(), kind);
    }

    /**
     * The per-user cache: XDG_CACHE_HOME (when absolute) or ~/.cache on Linux, ~/Library/Caches on
     * macOS, %LOCALAPPDATA% on Windows; then Computefolio's own folder and one for the kind.
     */
    public static Path folder(Properties properties, Map<String, String> env, String kind) {
        String home = properties.getProperty("user.home");
        String os = properties.getProperty("os.name", "").toLowerCase(Locale.ROOT);
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
        return base == null ? null : base.resolve("computefolio").resolve(kind);
    }

    /**
     * The file in {@code folder} that holds exactly {@code content}, written only if it is missing or
     * differs: named {@code prefix}, the CRC-32 and size of the content, and {@code fileName} (the name
     * a library may need, e.g. its suffix).
     */
    public static Path copyOf(Path folder, String prefix, String fileName, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        String name = prefix + Long.toHexString(crc.getValue()) + "-" + content.length + "-" + fileName;
        Path copy = folder.resolve(name);
        if (Files.isRegularFile(copy) && Files.size(copy) == content.length && Arrays.equals(Files.readAllBytes(copy), content)) {
            return copy;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, name, ".part");
        try {
            Files.write(partial, content);
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
}
