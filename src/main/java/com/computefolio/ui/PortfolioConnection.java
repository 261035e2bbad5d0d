package com.computefolio.ui;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.PortfolioService;
import java.nio.file.Path;

/** One open portfolio database and the services over it, as the window needs it. */
public interface PortfolioConnection extends AutoCloseable {

    PortfolioService portfolioService();

    AnalysisService analysisService();

    /**
     * The user's own database file: the register itself, or for a team register the local file
     * beside which the user's scenarios and views are kept (a server has no folder).
     */
    Path databaseFile();

    /** What the title and status bar name: the file's path, or postgresql://user@host:port/db (never a password). */
    default String location() {
        return databaseFile().toString();
    }

    /** Whether this is a team register on a database server rather than a file. */
    default boolean team() {
        return false;
    }

    /** Writes a consistent copy of the database to {@code target} (Save As). */
    void backupTo(Path target);

    @Override
    void close();
}
