package com.computefolio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the disk holding a file is (nearly) full. A full disk does not always come back from the
 * database as "full": a commit whose journal write failed may surface as an I/O error or as "no
 * transaction is active", so a failed write also asks the file system how much room is left.
 */
final class DiskSpace {

    /** Less than this much room and a write of a page, a journal header or a log frame may fail. */
    static final long NEARLY_FULL_BYTES = 1L << 20;

    private DiskSpace() {
    }

    static boolean isNearlyFull(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return false;
        }
        try {
            return Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | SecurityException e) {
            return false; // cannot tell: the failure's own message is all there is to report
        }
    }
}
