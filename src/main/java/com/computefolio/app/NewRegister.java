package com.computefolio.app;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.DealValidator;
import com.computefolio.io.TempFiles;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.ImportResult;
import com.computefolio.service.StorageException;
import com.computefolio.store.PortfolioStore;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Makes a new register whole before anyone can see it: the schema and the curated data (if any) go
 * into a temporary file beside the database, which is closed (SQLite folds its log into it) and
 * then put in place in one step. Killed at any moment, a first start leaves either no database
 * (and a leftover temporary file the next start deletes) or the complete one, never a schema
 * without its seed. When two processes create the same register at once, the first to put its
 * file in place wins and the other opens that one.
 */
final class NewRegister {

    private final Path file;
    private final CuratedData curatedData;

    NewRegister(Path file, CuratedData curatedData) {
        this.file = file;
        this.curatedData = curatedData;
    }

    /**
     * What the seed imported (nothing, for a register made empty), or empty when another process
     * made the register first.
     */
    Optional<ImportResult> create() {
        createParentFolder();
        Path temp = TempFiles.beside(file);
        try {
            ImportResult seeded;
            try (PortfolioStore store = Stores.open(temp)) {
                seeded = curatedData == null ? new ImportResult(List.of(), 0, 0, 0, 0)
                        : curatedData.importInto(new DefaultPortfolioService(store, new DealValidator()));
            }
            return publish(temp) ? Optional.of(seeded) : Optional.empty();
        } finally {
            deleteWithSideFiles(temp);
        }
    }

    /**
     * A hard link puts the file in place only if no database is there yet (link never replaces),
     * which a rename cannot promise; a zero-byte file (made by hand, or by an older version's start
     * that was killed) is replaced by a rename. A file system without hard links gets a rename that
     * refuses an existing target.
     */
    private boolean publish(Path temp) {
        try {
            if (Files.exists(file) && Files.size(file) == 0) {
                moveOver(temp);
                return true;
            }
            try {
                Files.createLink(file, temp);
            } catch (UnsupportedOperationException | IOException linkFailed) {
                if (linkFailed instanceof FileAlreadyExistsException) {
                    throw (FileAlreadyExistsException) linkFailed;
                }
                Files.move(temp, file);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new StorageException("cannot create database " + file + ": " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_CREATE_DATABASE, file), e);
        }
    }

    private void moveOver(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void createParentFolder() {
        Path parent = file.getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StorageException("cannot create folder " + parent + " for the database: " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_CREATE_FOLDER_FOR, file), e);
        }
    }

    private static void deleteWithSideFiles(Path temp) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
            } catch (IOException ignored) {
                // A leftover is deleted by the next start (TempFiles); the outcome of this one matters more.
            }
        }
    }
}
