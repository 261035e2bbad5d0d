package com.computefolio.ui;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.PortfolioService;
import java.nio.file.Path;

/** One open portfolio database and the services over it, as the window needs it. */
public interface PortfolioConnection extends AutoCloseable {

    PortfolioService portfolioService();

    AnalysisService analysisService();

    Path databaseFile();

    /** Writes a consistent copy of the database to {@code target} (Save As). */
    void backupTo(Path target);

    @Override
    void close();
}
