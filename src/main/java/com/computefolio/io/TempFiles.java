package com.computefolio.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names of the temporary files Computefolio writes beside a target before moving them over it, and
 * the clean-up of those a killed process left behind. A temporary name says which process made it:
 * {@code .<target name>.<pid>-<unique>.tmp} (SQLite may add {@code -wal}, {@code -shm} or
 * {@code -journal}; a restore's work folder is {@code .<database name>.restore-<pid>-<unique>}).
 * A leftover whose process no longer runs can only be garbage; one whose process still runs is
 * being written and is left alone, so two programs at once never delete each other's work.
 * {@code store.Database} names its backup temporaries the same way (the store cannot use this class).
 */
public final class TempFiles {

    /** Narrow on purpose: a database may live in a home folder full of other programs' dot files. */
    private static final Pattern LEFTOVER = Pattern.compile("^\\..+\\.(\\d+)-"
            + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp(?:-wal|-shm|-journal)?$"
            + "|^\\..+\\.restore-(\\d+)-\\d+$");

    private TempFiles() {
    }

    /** A fresh temporary name beside the target, in the same folder so that the final move is atomic. */
    public static Path beside(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + unique() + ".tmp");
    }

    /**
     * A random id in the form of a UUID, from a fast generator: the name already carries the process id, so it only
     * has to differ within one process, and {@code UUID.randomUUID()} starts the security providers and the system's
     * secure random source (about 70 classes) for every export.
     */
    private static UUID unique() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // Version 4 and the IETF variant, as randomUUID sets them, so the name keeps its form.
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** The prefix of a restore's private work folder beside the database (the folder gets a unique suffix). */
    public static String workFolderPrefix(Path database) {
        return "." + database.getFileName() + ".restore-" + ProcessHandle.current().pid() + "-";
    }

    /**
     * Deletes the temporary files and work folders in the folder whose process has ended; returns what
     * was deleted. A folder that does not exist or cannot be listed has nothing to clean.
     */
    public static List<Path> cleanLeftovers(Path folder) {
        List<Path> deleted = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return deleted;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*")) {
            for (Path entry : entries) {
                Matcher m = LEFTOVER.matcher(entry.getFileName().toString());
                if (m.matches() && !isRunning(m.group(1) != null ? m.group(1) : m.group(2)) && deleteTree(entry)) {
                    deleted.add(entry);
                }
            }
        } catch (IOException e) {
            // Cleaning is a courtesy: a folder that cannot be listed keeps its leftovers until next time.
        }
        return deleted;
    }

    private static boolean isRunning(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a name of ours after all: leave it
        }
    }

    private static boolean deleteTree(Path entry) {
        try (Stream<Path> paths = Files.walk(entry)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
