package com.computefolio.ui;

import com.computefolio.app.AppContext;
import com.computefolio.app.RegisterLocation;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.PortfolioService;
import java.nio.file.Path;

/** Opens portfolios through the composition root ({@link AppContext}). */
final class AppContextOpener implements PortfolioOpener {

    /** A window session copies the database before its first change (see {@link AppContext#openForWindow}). */
    @Override
    public PortfolioConnection open(Path file) {
        return new Connection(AppContext.openForWindow(file));
    }

    @Override
    public PortfolioConnection createEmpty(Path file) {
        return new Connection(AppContext.openUnseeded(file));
    }

    @Override
    public PortfolioConnection openTeam(RegisterLocation location, Path localFile) {
        return new Connection(AppContext.open(location, localFile, false));
    }

    private record Connection(AppContext context) implements PortfolioConnection {
        @Override
        public PortfolioService portfolioService() {
            return context.portfolioService();
        }

        @Override
        public AnalysisService analysisService() {
            return context.analysisService();
        }

        @Override
        public Path databaseFile() {
            return context.databaseFile();
        }

        @Override
        public String location() {
            return context.location();
        }

        @Override
        public boolean team() {
            return context.isTeam();
        }

        @Override
        public void backupTo(Path target) {
            context.backupTo(target);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
