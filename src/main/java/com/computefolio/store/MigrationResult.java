package com.computefolio.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What opening a database did to its schema.
 *
 * @param backup the copy made before an existing database was upgraded, or null if none was needed
 */
public record MigrationResult(int fromVersion, int toVersion, Path backup) {

    public boolean upgraded() {
        return toVersion > fromVersion;
    }

    public Optional<Path> backupFile() {
        return Optional.ofNullable(backup);
    }
}
