package com.computefolio.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file could not be written because the disk is full. The operating system's own words differ
 * ("No space left on device" on Linux and macOS, "There is not enough space on the disk" on
 * Windows) and sometimes a full disk surfaces only as a failed close or move, so a failed write
 * also asks the file system how much room is left.
 */
public class DiskFullException extends IOException {

    /** Less than this much room and the write of a buffer may fail. */
    private static final long NEARLY_FULL_BYTES = 1L << 20;

    public DiskFullException(Path target, IOException cause) {
        super("the disk is full: could not write " + target + " (" + cause.getMessage() + "); nothing was written"
                + " and any file that was there is unchanged. Free some space and try again.", cause);
    }

    /** The failure as a {@link DiskFullException} when it says (or the folder shows) that the disk is full, else itself. */
    public static IOException describe(Path target, IOException failure) {
        if (failure instanceof DiskFullException) {
            return failure;
        }
        return saysDiskFull(failure) || isNearlyFull(target.toAbsolutePath().getParent())
                ? new DiskFullException(target, failure) : failure;
    }

    static boolean saysDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device")
                    || message.contains("not enough space on the disk") || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNearlyFull(Path folder) {
        try {
            return folder != null && Files.isDirectory(folder) && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
