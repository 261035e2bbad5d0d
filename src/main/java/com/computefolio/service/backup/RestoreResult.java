package com.computefolio.service.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did.
 *
 * @param database      the database file that now holds the restored register
 * @param restoredFrom  the backup file it was restored from (left as it was)
 * @param previousCopy  where the database as it was before the restore was copied, or null when there was none
 * @param deals         how many deals the restored register holds
 */
public record RestoreResult(Path database, Path restoredFrom, Path previousCopy, int deals) {

    public Optional<Path> previous() {
        return Optional.ofNullable(previousCopy);
    }
}
