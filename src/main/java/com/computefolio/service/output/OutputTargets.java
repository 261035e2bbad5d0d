package com.computefolio.service.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one check every output file passes before anything is written: it must not be the open
 * register, its SQLite working files ({@code -wal}, {@code -shm}, {@code -journal}) or anything in
 * its backups folder ({@code <db>.backups/}). Paths are compared as the file system sees them, not
 * as typed: symbolic links are followed (also links whose target does not exist yet), {@code ..}
 * is resolved against the real folders, and an existing file is also compared by identity, which
 * catches hard links. Made by the composition root from the database file; the window, whose open
 * database can change, hands a supplier of the current one.
 */
public final class OutputTargets {
    private static final String[] WORKING_SUFFIXES = {"-wal", "-shm", "-journal"};
    /** Linux's own limit on links followed while resolving one path. */
    private static final int MAX_LINKS = 40;

    private final Supplier<Path> database;

    private OutputTargets(Supplier<Path> database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The targets to refuse for one database file. */
    public static OutputTargets of(Path databaseFile) {
        Path db = databaseFile.toAbsolutePath();
        return new OutputTargets(() -> db);
    }

    /** The targets to refuse for whichever database is open when a file is checked. */
    public static OutputTargets following(Supplier<Path> currentDatabase) {
        return new OutputTargets(currentDatabase);
    }

    /**
     * Refuses a target that is (or, once written, would replace) a protected file.
     *
     * @throws RefusedOutputException naming the file and why; nothing has been written
     * @throws UncheckedIOException   when the file system cannot say where the target leads
     */
    public void check(Path target, OutputKind kind) {
        Path db = database.get().toAbsolutePath();
        Map<Path, ProtectedFile> protectedFiles = protectedFiles(db);
        Path resolved = resolve(target);
        for (Map.Entry<Path, ProtectedFile> file : protectedFiles.entrySet()) {
            Path real = resolve(file.getKey());
            boolean inside = file.getValue() == ProtectedFile.BACKUP && resolved.startsWith(real);
            if (resolved.equals(real) || inside || sameExistingFile(target, file.getKey())) {
                throw new RefusedOutputException(target, resolved, db, kind, file.getValue());
            }
        }
        for (Path copy : backupCopies(db)) {
            if (sameExistingFile(target, copy)) {
                throw new RefusedOutputException(target, resolved, db, kind, ProtectedFile.BACKUP);
            }
        }
    }

    /** The database, its working files and its backups folder, both as named and as the link it may be resolves. */
    private static Map<Path, ProtectedFile> protectedFiles(Path db) {
        Set<Path> names = new LinkedHashSet<>();
        names.add(db.normalize());
        names.add(resolve(db));
        Map<Path, ProtectedFile> files = new java.util.LinkedHashMap<>();
        for (Path name : names) {
            files.put(name, ProtectedFile.REGISTER);
            for (String suffix : WORKING_SUFFIXES) {
                files.put(sibling(name, suffix), ProtectedFile.WORKING_FILE);
            }
            files.put(sibling(name, ".backups"), ProtectedFile.BACKUP);
        }
        return files;
    }

    private static List<Path> backupCopies(Path db) {
        List<Path> copies = new ArrayList<>();
        for (Path name : new LinkedHashSet<>(List.of(db.normalize(), resolve(db)))) {
            Path folder = sibling(name, ".backups");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(Files::isRegularFile).forEach(copies::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list the backups folder " + folder + ": " + e.getMessage(), e);
                }
            }
        }
        return copies;
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Whether both exist and are one file (a hard link, or the same file by another name). */
    private static boolean sameExistingFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + a + " with " + b + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where a path leads: the real path of an existing file; for a link whose target does not exist
     * yet, where its target resolves; otherwise the real path of its folder plus its name.
     */
    static Path resolve(Path path) {
        return resolve(path.toAbsolutePath(), 0);
    }

    private static Path resolve(Path absolute, int links) {
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            if (Files.isSymbolicLink(absolute) && links < MAX_LINKS) {
                Path parent = absolute.getParent();
                Path link = Files.readSymbolicLink(absolute);
                return resolve(parent == null ? link.toAbsolutePath() : parent.resolve(link), links + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + absolute + ": " + e.getMessage(), e);
        }
        Path parent = absolute.getParent();
        Path name = absolute.getFileName();
        if (parent == null || name == null) {
            return absolute.normalize();
        }
        return resolve(parent, links).resolve(name).normalize();
    }
}
