package com.computefolio.service.backup;

import com.computefolio.service.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder {@code <db>.backups} beside a database, where automatic copies are kept as
 * {@code computefolio-YYYYMMDD-HHMMSS.db} (a second copy in the same second gets {@code -2}, {@code -3}...)
 * and the copy made before a restore as {@code before-restore-YYYYMMDD-HHMMSS.db}. Only automatic
 * copies are ever deleted by rotation; a copy a user or a restore made stays until the user removes it.
 */
public final class BackupFolder {

    static final String AUTOMATIC_PREFIX = "computefolio-";
    static final String BEFORE_RESTORE_PREFIX = "before-restore-";
    private static final String SUFFIX = ".db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern AUTOMATIC = Pattern.compile("computefolio-(\\d{8}-\\d{6})(?:-(\\d+))?\\.db");

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The backups folder of a database file: {@code /data/computefolio.db.backups}. */
    public static BackupFolder of(Path databaseFile) {
        Path db = databaseFile.toAbsolutePath();
        return new BackupFolder(db.resolveSibling(db.getFileName() + ".backups"));
    }

    public Path path() {
        return folder;
    }

    /** A free name for an automatic copy made at the given time (the folder is created if needed). */
    public Path nextAutomatic(LocalDateTime time) {
        return freeName(AUTOMATIC_PREFIX + STAMP.format(time));
    }

    /** A free name for the copy of the database made before a restore at the given time. */
    public Path nextBeforeRestore(LocalDateTime time) {
        return freeName(BEFORE_RESTORE_PREFIX + STAMP.format(time));
    }

    /** The automatic copies in the folder, oldest first (by the time in their names, then their number). */
    public List<Path> automaticBackups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> AUTOMATIC.matcher(f.getFileName().toString()).matches()).forEach(found::add);
        } catch (IOException e) {
            throw new StorageException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing((Path p) -> stamp(p)).thenComparingInt(BackupFolder::number));
        return found;
    }

    /** Deletes the oldest automatic copies so that at most {@code count} remain; returns the deleted files. */
    public List<Path> keepNewest(int count) {
        List<Path> all = automaticBackups();
        List<Path> deleted = new ArrayList<>();
        for (Path old : all.subList(0, Math.max(0, all.size() - count))) {
            try {
                Files.deleteIfExists(old);
                deleted.add(old);
            } catch (IOException e) {
                throw new StorageException("Cannot delete the old backup " + old + ": " + e.getMessage(), e);
            }
        }
        return deleted;
    }

    private Path freeName(String base) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        Path candidate = folder.resolve(base + SUFFIX);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + SUFFIX);
        }
        return candidate;
    }

    private static String stamp(Path automatic) {
        Matcher m = AUTOMATIC.matcher(automatic.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    private static int number(Path automatic) {
        Matcher m = AUTOMATIC.matcher(automatic.getFileName().toString());
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
    }
}
