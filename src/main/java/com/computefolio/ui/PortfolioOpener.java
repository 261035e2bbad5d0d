package com.computefolio.ui;

import com.computefolio.app.RegisterLocation;
import java.nio.file.Path;

/** Opens portfolio databases for the window; the composition root supplies the real one. Called off the FX thread. */
public interface PortfolioOpener {

    /** Opens a database; a file that does not exist yet is created and filled with the curated data. */
    PortfolioConnection open(Path file);

    /** Creates a new, empty database (File > New). */
    PortfolioConnection createEmpty(Path file);

    /**
     * Connects to a team register on a database server (never seeded); {@code localFile} is the
     * user's own file, beside which scenarios and views are kept.
     */
    PortfolioConnection openTeam(RegisterLocation location, Path localFile);
}
