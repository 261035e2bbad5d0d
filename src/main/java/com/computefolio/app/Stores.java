package com.computefolio.app;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import com.computefolio.service.StorageException;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.store.PortfolioStore;
import com.computefolio.store.StoreException;
import java.nio.file.Path;

/** Opens the store of a database file for the context and for a new register, failures naming the file. */
final class Stores {

    private Stores() {
    }

    static PortfolioStore open(Path file) {
        try {
            return JdbcPortfolioStore.open(file);
        } catch (StoreException e) {
            throw new StorageException("cannot open database " + file + ": " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_OPEN_DATABASE, file), e);
        }
    }
}
