package com.computefolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.ImportOptions;
import com.computefolio.service.ImportResult;
import com.computefolio.service.PortfolioJsonFile;
import com.computefolio.service.ProgressStep;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.testing.RecordedProgress;
import com.computefolio.testing.RecordedProgress.Call;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import of the service the command line uses (with its backup wrapper) tells its listener the counts. */
class ImportProgressTest {

    @TempDir
    Path dir;

    @Test
    void anImportReportsTheBytesReadThenTheDealsWritten() throws Exception {
        Path file = dir.resolve("deals.json");
        new PortfolioJsonFile().write(new SyntheticPortfolioGenerator().generate(30, 3), file);
        long bytes = Files.size(file);
        RecordedProgress progress = new RecordedProgress();

        ImportResult result;
        try (AppContext context = AppContext.open(dir.resolve("register.db"))) {
            result = context.portfolioService().importFiles(List.of(file), ImportOptions.DEFAULT, progress);
        }

        assertThat(result.dealsAdded()).isEqualTo(30);
        assertThat(progress.of(ProgressStep.READ_FILES)).containsExactly(new Call(ProgressStep.READ_FILES, 0, bytes),
                new Call(ProgressStep.READ_FILES, bytes, bytes));
        assertThat(progress.of(ProgressStep.WRITE_DEALS)).containsExactly(new Call(ProgressStep.WRITE_DEALS, 0, 30),
                new Call(ProgressStep.WRITE_DEALS, 30, 30));
        assertThat(progress.calls()).extracting(Call::step).containsExactly(ProgressStep.READ_FILES, ProgressStep.READ_FILES,
                ProgressStep.WRITE_DEALS, ProgressStep.WRITE_DEALS);
    }
}
