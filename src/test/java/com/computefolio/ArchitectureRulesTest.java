package com.computefolio;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.cli.archfixtures.StartsJavaFx;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Money;
import com.computefolio.domain.SafeLinks;
import com.computefolio.domain.archfixtures.PaintsInColour;
import com.computefolio.io.archfixtures.OpensTheDatabase;
import com.computefolio.io.archfixtures.a.Above;
import com.computefolio.io.archfixtures.b.Below;
import com.computefolio.service.archfixtures.OwnBundle;
import com.computefolio.service.archfixtures.DrawsOutsideRendering;
import com.computefolio.service.archfixtures.ShowsAWindow;
import com.computefolio.service.archfixtures.WiresItself;
import com.computefolio.ui.archfixtures.ControlHoldingViewModel;
import com.computefolio.store.archfixtures.WritesJson;
import com.computefolio.ui.archfixtures.OwnFileChooser;
import com.computefolio.ui.archfixtures.PrintsToTheConsole;
import com.computefolio.ui.archfixtures.ReadsTheStore;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules of ArchitectureTest can fail: each is run on a fixture (src/test/java/.../archfixtures) that breaks
 * it, and must name the offending dependency. Without this, an allow-list that matched nothing would pass forever.
 */
class ArchitectureRulesTest {

    private static JavaClasses only(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void domainMayNotDraw() {
        assertThatThrownBy(() -> ArchitectureTest.domainUsesOnlyTheCoreOfTheJdk(only(PaintsInColour.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.awt.Color");
    }

    @Test
    void domainValuesThatUseOnlyTheAllowedJdkPass() {
        assertThatCode(() -> ArchitectureTest.domainUsesOnlyTheCoreOfTheJdk(only(Money.class, SafeLinks.class, DealValidator.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void theStoreMayNotWriteFileFormats() {
        assertThatThrownBy(() -> ArchitectureTest.storeUsesOnlyTheDomainJdbcFilesAndTheSqliteDriver(only(WritesJson.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("com.fasterxml.jackson.databind.ObjectMapper");
    }

    @Test
    void fileFormatsMayNotTalkToTheDatabase() {
        assertThatThrownBy(() -> ArchitectureTest.ioUsesOnlyTheDomainJacksonAndFiles(only(OpensTheDatabase.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.sql.Connection");
    }

    @Test
    void servicesMayNotNeedADisplay() {
        assertThatThrownBy(() -> ArchitectureTest.serviceUsesOnlyTheLayersBelowAndItsDrawingAndExportLibraries(only(ShowsAWindow.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("javafx.stage.Stage");
    }

    @Test
    void servicesOutsideRenderingMayNotDraw() {
        assertThatThrownBy(() -> ArchitectureTest.onlyRenderingAndExportInTheServiceLayerDraw(only(DrawsOutsideRendering.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.awt.Color");
    }

    @Test
    void onlyTheCommandLinePrints() {
        assertThatThrownBy(() -> ArchitectureTest.onlyTheCommandLinePrintsToStandardStreams(only(PrintsToTheConsole.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.lang.System.out");
    }

    @Test
    void theWindowMayNotReadTheStore() {
        assertThatThrownBy(() -> ArchitectureTest.windowUsesTheServicesJavaFxAndItsChartViewer(only(ReadsTheStore.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("com.computefolio.store.PortfolioStore");
    }

    @Test
    void aViewModelMayNotHoldAControl() {
        assertThatThrownBy(() -> ArchitectureTest.viewModelsNeverTouchControls(only(ControlHoldingViewModel.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("javafx.scene.control.Label");
    }

    @Test
    void fileChoosersOnlyThroughTheDialogService() {
        assertThatThrownBy(() -> ArchitectureTest.dialogsAndFileChoosersOnlyThroughTheDialogService(only(OwnFileChooser.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("javafx.stage.FileChooser");
    }

    @Test
    void bundlesAndTheDefaultLocaleOnlyThroughTexts() {
        assertThatThrownBy(() -> ArchitectureTest.onlyTextsChoosesTheLanguageAndLoadsBundles(only(OwnBundle.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("getBundle").hasMessageContaining("getDefault");
    }

    @Test
    void onlyTheFrontEndsDependOnTheCompositionRoot() {
        assertThatThrownBy(() -> ArchitectureTest.onlyTheEntryPointAndTheFrontEndsDependOnApp(only(WiresItself.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("com.computefolio.app.AppPaths");
    }

    @Test
    void theCommandLineMayNotStartJavaFx() {
        assertThatThrownBy(() -> ArchitectureTest.commandLineUsesTheServicesPicocliAndAJsonWriter(only(StartsJavaFx.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("javafx.application.Platform");
    }

    @Test
    void packagesAndClassesThatNeedEachOtherAreCycles() {
        JavaClasses cycle = only(Above.class, Below.class);
        assertThatThrownBy(() -> ArchitectureTest.noPackageCycles(cycle))
                .isInstanceOf(AssertionError.class).hasMessageContaining("archfixtures.a");
        assertThatThrownBy(() -> ArchitectureTest.noClassCycles(cycle))
                .isInstanceOf(AssertionError.class).hasMessageContaining(Above.class.getName()).hasMessageContaining(Below.class.getName());
    }
}
