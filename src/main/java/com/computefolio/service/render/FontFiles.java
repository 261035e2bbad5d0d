package com.computefolio.service.render;

import com.computefolio.store.UserCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The fonts shipped in the jar as files: one checked copy of each per user in the cache folder
 * ({@link UserCache}, ADR 53), so that Java 2D and JavaFX read a font from a file instead of copying it
 * first. Given a stream, both copy the whole font (250-760 KB) to a new file in the temporary folder on
 * every start ({@code +~JF*.tmp}, {@code +JXF*.tmp}), deleted only at a clean exit: a killed process left
 * them behind (this machine's /tmp once held 576 of them, 430 MB).
 */
public final class FontFiles {

    /** The folder of the user's cache that holds the font copies. */
    static final String KIND = "fonts";

    private FontFiles() {
    }

    /**
     * The cached file of the bundled font at {@code resource} (e.g. "/fonts/NotoSansArabic-Regular.ttf"),
     * written on first use, or empty when there is no usable cache folder (the caller then reads the font
     * from the jar as before).
     */
    public static Optional<Path> of(String resource) {
        return cached(resource, read(resource));
    }

    /** The cached file holding the bytes of the font at {@code resource}, or empty when there is no usable cache. */
    static Optional<Path> cached(String resource, byte[] bytes) {
        return cached(UserCache.folder(KIND), resource, bytes);
    }

    /** A file in {@code folder} holding exactly the font's bytes, or empty if the folder cannot be used. */
    static Optional<Path> cached(Path folder, String resource, byte[] bytes) {
        if (folder == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UserCache.copyOf(folder, "", Path.of(resource).getFileName().toString(), bytes));
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only costs the copy Java makes from a stream anyway.
            return Optional.empty();
        }
    }

    /** The bytes of a font of the jar. */
    static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + resource, e);
        }
    }
}
