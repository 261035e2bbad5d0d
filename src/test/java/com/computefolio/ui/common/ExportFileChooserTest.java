package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.DialogService.SaveChoice;
import com.computefolio.ui.support.ScriptedDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export chooser's folders and its questions, over a scripted chooser (no display). */
class ExportFileChooserTest {
    private static final FileSpec REPORT = FileSpec.of("Export Report", FileType.of("PDF", "*.pdf"))
            .withInitialFileName("computefolio-report-2026-12-07.pdf");

    @TempDir
    Path home;
    private Path remembered;
    private ExportFolders folders;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void folders() {
        folders = new ExportFolders(() -> remembered, folder -> remembered = folder, home);
        dialogs.exportFolders(folders);
    }

    @Test
    void theFirstExportOpensInDocumentsOrElseHomeNeverTheWorkingDirectory() throws IOException {
        assertThat(folders.initial()).isEqualTo(home);

        Files.createDirectory(home.resolve("Documents"));

        assertThat(folders.initial()).isEqualTo(home.resolve("Documents"));
        assertThat(folders.initial()).isNotEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void theNextExportOpensWhereTheLastOneWent() throws IOException {
        Path reports = Files.createDirectories(home.resolve("reports"));
        dialogs.fileNext(reports.resolve("q3.pdf"));
        dialogs.saveExport(REPORT);

        dialogs.fileNext(reports.resolve("q4.pdf"));
        dialogs.saveExport(REPORT);

        assertThat(remembered).isEqualTo(reports);
        assertThat(dialogs.exportSpecs()).extracting(FileSpec::initialDirectory).containsExactly(home, reports);
        assertThat(dialogs.exportSpecs()).extracting(FileSpec::initialFileName).containsOnly("computefolio-report-2026-12-07.pdf");
    }

    @Test
    void aRememberedFolderThatIsGoneFallsBackToHome() {
        remembered = home.resolve("deleted");

        assertThat(folders.initial()).isEqualTo(home);
    }

    @Test
    void aNameOfAnotherFormatIsAskedAboutAndSavedUnderTheRightExtension() {
        dialogs.fileNext(home.resolve("q3.svg")).chooseNext(0);

        Optional<SaveChoice> choice = dialogs.saveExport(REPORT);

        assertThat(choice).contains(new SaveChoice(home.resolve("q3.pdf"), 0));
        assertThat(dialogs.shown()).containsExactly("Export Report", "Another file type");
    }

    @Test
    void declinedRenamingWritesNothingAndRemembersNothing() {
        dialogs.fileNext(home.resolve("q3.svg")).chooseNext(1);

        assertThat(dialogs.saveExport(REPORT)).isEmpty();
        assertThat(remembered).isNull();
    }

    @Test
    void cancellingTheChooserAsksNothingElse() {
        assertThat(dialogs.saveExport(REPORT)).isEmpty();
        assertThat(dialogs.shown()).containsExactly("Export Report");
    }
}
