package com.computefolio.service.backup;

import com.computefolio.service.text.FailureTexts;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.io.TempFiles;
import com.computefolio.service.StorageException;
import com.computefolio.service.ValidationException;
import com.computefolio.service.output.OutputKind;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.service.output.RefusedOutputException;
import com.computefolio.store.PortfolioStore;
import com.computefolio.store.StoreException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of a register's database: {@code backup} writes a consistent copy, {@code restore} puts a
 * copy back, and the automatic copy made before the first change of a window session is kept with
 * the newest few. A restore never trusts the file it is given: it checks a private copy (a Computefolio
 * database of this or an older schema, sound, every row readable) before it touches anything, copies
 * the current database aside, and only then swaps the checked file in with one atomic rename.
 */
public final class DatabaseBackups {

    /** How many automatic copies are kept per database; the oldest beyond this are deleted. */
    public static final int AUTOMATIC_KEPT = 5;
    private static final String[] SQLITE_SIDE_FILES = {"-wal", "-shm", "-journal"};
    private static final ProblemText EXPECTED_RESTORE = ProblemText.say(ProblemKey.EXPECT_RESTORABLE_DATABASE);

    private final RegisterOpener opener;
    private final Clock clock;

    public DatabaseBackups(RegisterOpener opener, Clock clock) {
        this.opener = opener;
        this.clock = clock;
    }

    /**
     * Writes a consistent copy of the database to {@code out} (replacing it atomically) and returns it.
     *
     * @throws RefusedOutputException when {@code out} is the database, one of its working files or in its backups folder
     */
    public Path backup(Path database, Path out) {
        Path db = database.toAbsolutePath();
        Path target = out.toAbsolutePath();
        if (!Files.isRegularFile(db)) {
            throw new StorageException("There is no database at " + db + " to back up.");
        }
        // Not onto the database, its working files or its backups folder (the automatic copies'
        // rotation is the only writer there).
        OutputTargets.of(db).check(out, OutputKind.BACKUP);
        try (PortfolioStore store = open(db)) {
            backupOpen(store, target);
        }
        return target;
    }

    /**
     * The automatic copy before a session's first change: written to {@link BackupFolder} with the
     * current time in its name, then the oldest automatic copies beyond {@link #AUTOMATIC_KEPT} are deleted.
     */
    public Path automaticBackup(PortfolioStore openStore, Path database) {
        BackupFolder folder = BackupFolder.of(database);
        Path target = folder.nextAutomatic(LocalDateTime.now(clock));
        backupOpen(openStore, target);
        folder.keepNewest(AUTOMATIC_KEPT);
        return target;
    }

    /**
     * Replaces the database with the register in {@code source}. Refused (nothing changed, neither
     * file touched) when the source is not a Computefolio database, was written by a newer version,
     * is damaged or holds rows this version cannot read. The current database, if any, is first
     * copied to {@code <db>.backups/before-restore-*.db}.
     */
    public RestoreResult restore(Path source, Path database) throws ValidationException {
        return restore(source, database, false);
    }

    /**
     * As {@link #restore(Path, Path)}; a file that holds no register (empty, an empty SQLite database)
     * or an empty one (no deals, parties or context series) is refused too, unless {@code allowEmpty}:
     * restoring it would empty the register, which a zero-byte or wrong file must never do by accident.
     */
    public RestoreResult restore(Path source, Path database, boolean allowEmpty) throws ValidationException {
        Path src = source.toAbsolutePath();
        Path db = database.toAbsolutePath();
        if (!Files.isRegularFile(src)) {
            throw new StorageException("Cannot restore from " + src + ": there is no such file.",
                    ProblemText.say(ProblemKey.RESTORE_NO_SUCH_FILE, src), null);
        }
        if (src.equals(db)) {
            throw refused(src, ProblemText.say(ProblemKey.RESTORE_FROM_ITSELF));
        }
        Path work = workFolder(db);
        try {
            Path candidate = work.resolve(db.getFileName());
            copyWithSideFiles(src, candidate);
            int deals = check(src, candidate, allowEmpty);
            requireNoSideFiles(candidate);
            Path previous = Files.exists(db) ? copyAside(db) : null;
            Files.createDirectories(db.getParent());
            moveAtomically(candidate, db);
            return new RestoreResult(db, src, previous, deals);
        } catch (IOException e) {
            throw new StorageException("Cannot restore " + db + " from " + src + ": " + e.getMessage()
                    + "; the database was not changed.", ProblemText.say(ProblemKey.CANNOT_RESTORE_FROM, db, src), e);
        } finally {
            deleteTree(work);
        }
    }

    /** Opens the private copy (upgrading an older schema) and checks it; the deal count if it is fine. */
    private int check(Path source, Path candidate, boolean allowEmpty) throws ValidationException {
        try (PortfolioStore store = opener.open(candidate)) {
            List<String> damage = store.integrityProblems();
            if (!damage.isEmpty()) {
                ProblemText listed = ProblemText.say(ProblemKey.LIBRARY_DETAILS, // SQLite's own words, introduced as such
                        String.join("; ", damage.subList(0, Math.min(3, damage.size()))));
                throw refused(source, damage.size() > 3 ? ProblemText.say(ProblemKey.RESTORE_DAMAGED_MORE, listed, damage.size() - 3)
                        : ProblemText.say(ProblemKey.RESTORE_DAMAGED, listed));
            }
            Portfolio register = store.load();
            if (!allowEmpty && register.deals().isEmpty() && register.parties().isEmpty()
                    && register.contextSeries().isEmpty()) {
                throw new ValidationException(List.of(new Problem(source.toString(), 0, 0, null,
                        ProblemText.say(ProblemKey.RESTORE_EMPTY), ProblemText.say(ProblemKey.EXPECT_BACKUP_WITH_REGISTER))));
            }
            return register.deals().size();
        } catch (StoreException e) {
            // Why, in the reader's words, without the private copy's path; the store's text only when nobody knows why.
            ProblemText why = e.getCause() == null ? null : FailureTexts.reason(e.getCause());
            throw refused(source, ProblemText.say(ProblemKey.RESTORE_STORE_FAILED, why != null && why.key() != ProblemKey.LIBRARY_DETAILS ? why
                    : ProblemText.say(ProblemKey.LIBRARY_DETAILS, String.valueOf(e.getMessage()).replace(candidate.toString(), source.toString()))));
        }
    }

    /**
     * Copies the current database to the backups folder before it is replaced. A database that opens
     * is copied consistently through the store and must then be free (no other program holding it
     * open); one that does not open (damaged, or from a newer version) is kept byte for byte with its
     * journal files, which are moved out of the way so that they cannot be applied to the restored file.
     */
    private Path copyAside(Path db) throws IOException {
        Path target = BackupFolder.of(db).nextBeforeRestore(LocalDateTime.now(clock));
        boolean opened;
        try (PortfolioStore store = opener.open(db)) {
            store.backupTo(target);
            opened = true;
        } catch (StoreException e) {
            opened = false;
        }
        if (opened) {
            requireNotInUse(db, target);
        } else {
            Files.copy(db, target, StandardCopyOption.COPY_ATTRIBUTES);
            for (String side : SQLITE_SIDE_FILES) {
                Path file = sideFile(db, side);
                if (Files.exists(file)) {
                    Files.move(file, sideFile(target, side), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    /**
     * SQLite removes a database's write-ahead log when its last connection closes; one still there
     * after ours closed belongs to another open connection, whose log must not outlive the file.
     */
    private static void requireNotInUse(Path db, Path copy) {
        for (String side : SQLITE_SIDE_FILES) {
            if (Files.exists(sideFile(db, side))) {
                throw new StorageException(db + " is open in another Computefolio window or program; close it and"
                        + " restore again. The database was not changed (a copy of it was saved as " + copy + ").");
            }
        }
    }

    /** The checked copy was closed, so SQLite folded its log into it; anything left would be lost by the move. */
    private static void requireNoSideFiles(Path candidate) {
        for (String side : SQLITE_SIDE_FILES) {
            if (Files.exists(sideFile(candidate, side))) {
                throw new StorageException("Cannot restore: the checked copy " + candidate + " still has its " + side
                        + " file after closing; the database was not changed.");
            }
        }
    }

    private PortfolioStore open(Path db) {
        try {
            return opener.open(db);
        } catch (StoreException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    private static void backupOpen(PortfolioStore store, Path target) {
        try {
            store.backupTo(target);
        } catch (StoreException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    private static ValidationException refused(Path source, ProblemText why) {
        return new ValidationException(List.of(new Problem(source.toString(), 0, 0, null,
                ProblemText.say(ProblemKey.RESTORE_REFUSED, why), EXPECTED_RESTORE)));

    }

    /** A private folder beside the database, so that the final rename stays on one file system. */
    private static Path workFolder(Path db) {
        try {
            Files.createDirectories(db.getParent());
            return Files.createTempDirectory(db.getParent(), TempFiles.workFolderPrefix(db));
        } catch (IOException e) {
            throw new StorageException("Cannot prepare the restore beside " + db + ": " + e.getMessage(), e);
        }
    }

    /** Copies a database file with its write-ahead log, if any, so that committed work in the log comes along. */
    private static void copyWithSideFiles(Path from, Path to) throws IOException {
        Files.copy(from, to);
        Path wal = sideFile(from, "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, sideFile(to, "-wal"));
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path sideFile(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover hidden work folder wastes space but loses nothing; the restore's own outcome matters more.
        }
    }
}
