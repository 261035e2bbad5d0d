package com.computefolio.service.backup;

import com.computefolio.store.PortfolioStore;
import java.nio.file.Path;

/**
 * Opens the register kept in a database file, upgrading an older schema; the composition root
 * supplies the SQLite store. Refuses, with a {@link com.computefolio.store.StoreException} that says
 * why, a file that is not a Computefolio database or was written by a newer version.
 */
@FunctionalInterface
public interface RegisterOpener {
    PortfolioStore open(Path databaseFile);
}
