package com.computefolio.service;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.json.PortfolioJsonWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a portfolio that is not (or not yet) a register, such as a generated one, as a portfolio
 * JSON file through the same writer as {@link com.computefolio.service.export.ExportService#writePortfolioJson}: atomically, and the
 * same portfolio always as the same bytes.
 */
public final class PortfolioJsonFile {

    private final PortfolioJsonWriter writer = new PortfolioJsonWriter();

    /** @throws StorageException naming the file if it cannot be written */
    public void write(Portfolio portfolio, Path file) {
        write(portfolio, file, ProgressListener.NONE);
    }

    /** As {@link #write(Portfolio, Path)}, telling {@code progress} when the deals are written ({@link ProgressStep#WRITE_FILE}). */
    public void write(Portfolio portfolio, Path file, ProgressListener progress) {
        int deals = portfolio.deals().size();
        progress.progressed(ProgressStep.WRITE_FILE, 0, deals);
        try {
            writer.write(portfolio, file);
            progress.progressed(ProgressStep.WRITE_FILE, deals, deals);
        } catch (IOException e) {
            throw new StorageException("Could not write " + file + ": " + e.getMessage(), ProblemText.say(ProblemKey.CANNOT_WRITE_FILE, file), e);
        }
    }
}
