package com.computefolio.ui;

import java.nio.file.Path;

/** Opens portfolio databases for the window; the composition root supplies the real one. Called off the FX thread. */
public interface PortfolioOpener {

    /** Opens a database; a file that does not exist yet is created and filled with the curated data. */
    PortfolioConnection open(Path file);

    /** Creates a new, empty database (File > New). */
    PortfolioConnection createEmpty(Path file);
}
