package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.io.ParsedFile;
import com.computefolio.testing.RecordedProgress;
import com.computefolio.testing.RecordedProgress.Call;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressReportsTest {

    @TempDir
    Path dir;

    @Test
    void readingImportFilesCountsTheirBytesFileByFile() throws IOException {
        Path first = Files.writeString(dir.resolve("a.json"), "x".repeat(300));
        Path second = Files.writeString(dir.resolve("b.csv"), "y".repeat(700));
        RecordedProgress progress = new RecordedProgress();

        List<ParsedFile> parsed = ImportProgress.readAll(List.of(first, second),
                file -> ParsedFile.unreadable(file.toString(), List.of()), progress);

        assertThat(parsed).hasSize(2);
        assertThat(progress.calls()).containsExactly(
                new Call(ProgressStep.READ_FILES, 0, 1000),
                new Call(ProgressStep.READ_FILES, 300, 1000),
                new Call(ProgressStep.READ_FILES, 1000, 1000));
    }

    @Test
    void aFileThatCannotBeSizedCountsAsEmptyAndIsStillRead() {
        RecordedProgress progress = new RecordedProgress();

        List<ParsedFile> parsed = ImportProgress.readAll(List.of(dir.resolve("missing.json")),
                file -> ParsedFile.unreadable(file.toString(), List.of()), progress);

        assertThat(parsed).hasSize(1);
        assertThat(progress.calls()).containsExactly(new Call(ProgressStep.READ_FILES, 0, 0),
                new Call(ProgressStep.READ_FILES, 0, 0));
    }

    @Test
    void generatingCountsTheDealsMadeUpToTheTotal() {
        RecordedProgress progress = new RecordedProgress();

        new SyntheticPortfolioGenerator().generate(1_200, 1, progress);

        assertThat(progress.calls()).extracting(Call::done).containsExactly(0L, 500L, 1_000L, 1_200L);
        assertThat(progress.calls()).allSatisfy(call -> {
            assertThat(call.step()).isEqualTo(ProgressStep.GENERATE_DEALS);
            assertThat(call.total()).isEqualTo(1_200);
        });
    }

    @Test
    void writingAPortfolioFileReportsItsDealsWhenWritten() {
        RecordedProgress progress = new RecordedProgress();

        new PortfolioJsonFile().write(new SyntheticPortfolioGenerator().generate(7, 2), dir.resolve("p.json"), progress);

        assertThat(progress.calls()).containsExactly(new Call(ProgressStep.WRITE_FILE, 0, 7),
                new Call(ProgressStep.WRITE_FILE, 7, 7));
        assertThat(dir.resolve("p.json")).isNotEmptyFile();
    }
}
