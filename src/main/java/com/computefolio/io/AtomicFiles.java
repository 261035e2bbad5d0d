package com.computefolio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a half
 * written file: the content goes to a temporary file in the same folder, is flushed to disk, and is
 * then moved over the target.
 */
public final class AtomicFiles {

    /** Writes content to an output stream; may throw IOException. */
    @FunctionalInterface
    public interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, StreamWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        // Not Files.createTempFile: it creates the file with mode 0600, and the move would hand that to the
        // user's exported file. A plain CREATE_NEW gets the permissions the user's umask gives any new file.
        // Named for this process (TempFiles), so that a start after a kill can tell a leftover from work under way.
        Path temp = TempFiles.beside(absolute);
        // A write killed earlier in this folder left its temporary file; this is the next start that writes here.
        TempFiles.cleanLeftovers(dir);
        try {
            try (var channel = java.nio.channels.FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                 OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // "No space left on device" alone does not say which file, nor that nothing was lost.
            throw DiskFullException.describe(absolute, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
