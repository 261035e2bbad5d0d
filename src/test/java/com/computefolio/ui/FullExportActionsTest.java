package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.AppContext;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.export.ChartSizes;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.DeferredTaskExecutor;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's chart, report and XLSX exports, run on the test thread over a freshly seeded database. */
class FullExportActionsTest {
    @TempDir
    Path dir;

    private final Messages messages = Messages.english();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final WorkspaceModel workspace = new WorkspaceModel();
    private AppContext context;

    @BeforeEach
    void openSeededDatabase() {
        context = AppContext.open(dir.resolve("portfolio.db"));
        workspace.setPortfolio(context.portfolioService().portfolio());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private FullExportActions actions(TaskExecutor executor, Supplier<Optional<ChartModel>> shownChart) {
        return new FullExportActions(context::exportService, shownChart, workspace, executor, dialogs, messages);
    }

    private FullExportActions actions(TaskExecutor executor) {
        return actions(executor, Optional::empty);
    }

    @Test
    void reportIsWrittenAsAPdfOfSeveralPagesAndTheUserIsToldWhere() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        dialogs.fileNext(pdf);

        actions(new CurrentThreadTaskExecutor()).exportReport();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.shown()).endsWith(messages.get("file.export.done.title"));
    }

    @Test
    void everyExportToTheOpenRegisterIsRefusedInADialogAndWritesNothing() throws Exception {
        Path db = context.databaseFile();
        byte[] before = Files.readAllBytes(db);
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        byte[] walBefore = Files.exists(wal) ? Files.readAllBytes(wal) : null;
        Path backups = Files.createDirectories(db.resolveSibling(db.getFileName() + ".backups"));
        ExportActions actions = actions(new CurrentThreadTaskExecutor());
        List<Runnable> exports = List.of(actions::exportChart, actions::exportReport, actions::exportDealsCsv,
                actions::exportDealsXlsx, actions::exportJson);
        // Each name ends in its export's extension (a name ending otherwise gets it added, so never names the register itself).
        List<Path> targets = List.of(Files.createSymbolicLink(dir.resolve("chart.svg"), db), Files.createLink(dir.resolve("r.pdf"), db),
                backups.resolve("deals.csv"), backups.resolve("deals.xlsx"), Files.createSymbolicLink(dir.resolve("p.json"), db));

        for (int i = 0; i < exports.size(); i++) {
            dialogs.fileNext(targets.get(i));
            exports.get(i).run();
        }

        assertThat(dialogs.errors()).hasSize(exports.size()).allSatisfy(error -> assertThat(error).startsWith("Refusing to write to "));
        assertThat(dialogs.shown()).contains(messages.get("file.refused.title")).doesNotContain(messages.get("file.export.done.title"));
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.exists(wal) ? Files.readAllBytes(wal) : null).isEqualTo(walBefore);
        try (var left = Files.list(backups)) {
            assertThat(left).isEmpty();
        }
        assertThat(context.portfolioService().portfolio().deals()).hasSameSizeAs(workspace.portfolio().deals());
    }

    @Test
    void reportNameWithoutExtensionGetsPdfAdded() {
        dialogs.fileNext(dir.resolve("quarterly"));

        actions(new CurrentThreadTaskExecutor()).exportReport();

        assertThat(dir.resolve("quarterly.pdf")).isRegularFile();
        assertThat(dir.resolve("quarterly")).doesNotExist();
    }

    @Test
    void cancelledReportLeavesNoFileAndShowsNoError() throws Exception {
        Path pdf = dir.resolve("cancelled.pdf");
        dialogs.fileNext(pdf);
        DeferredTaskExecutor executor = new DeferredTaskExecutor();

        actions(executor).exportReport();
        executor.runningTasks().get(0).cancel();
        executor.runAll();

        assertThat(pdf).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("cancelled"));
        }
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.shown()).doesNotContain(messages.get("file.export.done.title"));
    }

    @Test
    void reportThatCannotBeWrittenNamesTheFileInAnError() throws Exception {
        Path impossible = Files.createDirectory(dir.resolve("taken-by-a-folder.pdf"));
        dialogs.fileNext(impossible);

        actions(new CurrentThreadTaskExecutor()).exportReport();

        assertThat(dialogs.errors()).singleElement().asString().contains(impossible.toString());
    }

    @Test
    void xlsxHoldsTheFilteredDealsAndTheCommitmentsChartData() throws Exception {
        DealFilter filter = DealFilter.ALL.withText("oracle");
        workspace.filterProperty().set(filter);
        int filtered = context.analysisService().deals(workspace.portfolio(), filter).size();
        int all = context.analysisService().deals(workspace.portfolio(), DealFilter.ALL).size();
        assertThat(filtered).isPositive().isLessThan(all);
        Path xlsx = dir.resolve("deals.xlsx");
        dialogs.fileNext(xlsx);

        actions(new CurrentThreadTaskExecutor()).exportDealsXlsx();

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet deals = workbook.getSheet("Deals");
            assertThat(deals).isNotNull();
            assertThat(deals.getLastRowNum()).as("one header row, then one row per filtered deal").isEqualTo(filtered);
            assertThat(workbook.getNumberOfSheets()).as("the deals and the commitments chart").isEqualTo(2);
        }
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void chartWithoutAChartOnScreenIsTheDefaultCommitmentsChartAsSvg() throws Exception {
        Path svg = dir.resolve("chart.svg");
        dialogs.fileNext(svg);

        actions(new CurrentThreadTaskExecutor()).exportChart();

        assertThat(Files.readString(svg)).contains("<svg");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void chartOnScreenIsExportedInTheFormatOfTheFileExtension() throws Exception {
        ChartModel capacity = context.exportService().chart(workspace.portfolio(),
                ChartRequest.of(ChartType.CAPACITY, GroupBy.KIND, Granularity.YEAR, DealFilter.ALL));
        boolean[] asked = new boolean[1];
        Path png = dir.resolve("capacity.png");
        dialogs.fileNext(png);

        actions(new CurrentThreadTaskExecutor(), () -> {
            asked[0] = true;
            return Optional.of(capacity);
        }).exportChart();

        assertThat(asked[0]).isTrue();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(ChartSizes.standalone(capacity, 1).pixelWidth());
    }

    @Test
    void closingTheFileChooserExportsNothing() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        FullExportActions actions = actions(executor);

        actions.exportReport();
        actions.exportDealsXlsx();
        actions.exportChart();

        assertThat(executor.executedCount()).isZero();
    }

    @Test
    void everyExportOfTheMenuIsOffered() {
        FullExportActions actions = actions(new CurrentThreadTaskExecutor());

        assertThat(ExportActions.Kind.values()).allMatch(actions::supports);
    }

    private FullExportActions actionsOn(LocalDate day) {
        return new FullExportActions(context::exportService, Optional::empty, workspace, new CurrentThreadTaskExecutor(), dialogs,
                messages, Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    @Test
    void eachExportSuggestsANameThatSaysWhatAndTheDay() {
        FullExportActions actions = actionsOn(LocalDate.of(2026, 12, 7));

        actions.exportDealsCsv();
        actions.exportDealsXlsx();
        actions.exportJson();
        actions.exportReport();
        actions.exportChart();

        assertThat(dialogs.exportSpecs()).extracting(DialogService.FileSpec::initialFileName).containsExactly(
                "computefolio-deals-2026-12-07.csv", "computefolio-deals-2026-12-07.xlsx", "computefolio-portfolio-2026-12-07.json",
                "computefolio-report-2026-12-07.pdf", "commitments-by-counterparty-quarter-2026-12-07.svg");
        assertThat(dialogs.exportSpecs()).allSatisfy(spec -> assertThat(spec.initialDirectory()).isNotNull()
                .isNotEqualTo(Path.of("").toAbsolutePath()));
    }

    @Test
    void theDealsExportOffersItsMenuFormatFirstAndWritesTheTypeChosenInTheChooser() throws Exception {
        Path chosen = dir.resolve("deals");
        dialogs.fileNext(chosen).fileTypeNext(2); // CSV, XLSX, JSON: the user picks JSON and types no extension

        actionsOn(LocalDate.of(2026, 12, 7)).exportDealsCsv();

        assertThat(dialogs.exportSpecs().get(0).types()).extracting(DialogService.FileType::patterns)
                .containsExactly(List.of("*.csv"), List.of("*.xlsx"), List.of("*.json"));
        assertThat(Files.readString(dir.resolve("deals.json"))).startsWith("{");
        assertThat(dialogs.exported()).containsExactly(dir.resolve("deals.json"));
    }

    @Test
    void aTypedExtensionOfAnotherOfferedFormatSwitchesTheFormat() throws Exception {
        dialogs.fileNext(dir.resolve("deals.json")); // the CSV type is still selected

        actionsOn(LocalDate.of(2026, 12, 7)).exportDealsCsv();

        assertThat(Files.readString(dir.resolve("deals.json"))).startsWith("{");
        assertThat(dir.resolve("deals.json.csv")).doesNotExist();
    }

    @Test
    void aChartTypedAsPdfWithThePngTypeSelectedIsAPdf() throws Exception {
        dialogs.fileNext(dir.resolve("commitments.pdf")).fileTypeNext(2);

        actionsOn(LocalDate.of(2026, 12, 7)).exportChart();

        assertThat(Files.readString(dir.resolve("commitments.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(dialogs.exported()).containsExactly(dir.resolve("commitments.pdf"));
    }
}
