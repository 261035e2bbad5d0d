package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.StorageException;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.output.OutputKind;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.service.output.ProtectedFile;
import com.computefolio.service.output.RefusedOutputException;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.InMemoryPortfolioStore;
import com.computefolio.testing.PortfolioBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export service: what each export writes, and that it refuses the register and obeys Cancel. */
class ExportServiceTest {

    private static final String CSV_HEADER = "id,title,buyer,counterparty,kind,direction,announced,status,basis,amount,"
            + "currency,confidence,term_start,term_months,capacity_gw,hardware,source_publisher,source_title,source_url,"
            + "source_published,source_quote,tags,notes,value_unsourced";

    @TempDir
    Path dir;

    private Path db;
    private ExportService exports;
    private final Portfolio register = PortfolioBuilder.portfolio()
            .party("openai", "OpenAI", PartyKind.AI_LAB)
            .party("amazon", "Amazon (AWS)", PartyKind.HYPERSCALER_CLOUD)
            .deals(DealBuilder.deal("openai-aws").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build())
            .build();

    @BeforeEach
    void wire() throws IOException {
        db = Files.writeString(dir.resolve("register.db"), "the register");
        ChartFonts fonts = ChartFonts.load();
        ChartText text = ChartText.english();
        JFreeChartFactory charts = new JFreeChartFactory(fonts, text);
        exports = new ExportService(ChartFixtures.analysis(), ChartFixtures.modelFactory(), charts, new ChartExporter(charts, fonts),
                new DataExporter(text), new ReportBuilder(ChartFixtures.analysis(), ChartFixtures.modelFactory(), charts, fonts, text,
                ChartFixtures.clock()), OutputTargets.of(db));
    }

    @Test
    void exportedJsonImportsIntoAnEmptyRegisterAsTheSameDeals() throws Exception {
        Path file = dir.resolve("export.json");
        int written = exports.writePortfolioJson(register, DealFilter.ALL, file, ExportControl.NONE);

        InMemoryPortfolioStore empty = new InMemoryPortfolioStore();
        new DefaultPortfolioService(empty, new DealValidator()).importFiles(List.of(file));

        Portfolio stored = InMemoryPortfolioStore.holding(register).load();
        assertThat(written).isEqualTo(1);
        assertThat(empty.load().deals()).isEqualTo(stored.deals());
        assertThat(empty.load().parties()).isEqualTo(stored.parties());
    }

    @Test
    void aJsonExportAsKnownOnADateLeavesOutLaterRevisionsAndLaterDeals() throws Exception {
        Deal aws = register.deals().get(0);
        Deal revised = aws.withRevisions(List.of(aws.current(), DealBuilder.deal("openai-aws").knownFrom("2026-02-01")
                .value("50", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build().current()));
        Portfolio later = new Portfolio(register.name(), register.parties(),
                List.of(revised, DealBuilder.deal("later").announced("2026-03-01").build()), register.contextSeries());
        Path file = dir.resolve("as-of.json");

        exports.writePortfolioJson(later, DealFilter.ALL.withAsOf(LocalDate.of(2025, 12, 31)), file, ExportControl.NONE);

        String json = Files.readString(file);
        assertThat(json).contains("\"openai-aws\"", "\"38000000000\"").doesNotContain("\"later\"", "\"50000000000\"");
    }

    @Test
    void theCsvExportHasOneRowPerDealAndAHeader() throws Exception {
        Path file = dir.resolve("deals.csv");

        int written = exports.writeDealsCsv(register, DealFilter.ALL, file, ExportControl.NONE);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(1);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + CSV_HEADER);
        assertThat(lines.get(1)).startsWith("openai-aws,");
    }

    @Test
    void anExportThatCannotBeWrittenIsAStorageExceptionNamingTheFile() throws IOException {
        Path blocked = Files.createDirectory(dir.resolve("a-folder.json"));
        Files.writeString(blocked.resolve("inside"), "keeps the folder non-empty");

        assertThatThrownBy(() -> exports.writePortfolioJson(register, DealFilter.ALL, blocked, ExportControl.NONE))
                .isInstanceOf(StorageException.class).hasMessageContaining(blocked.toString());
    }

    @Test
    void everyKindOfExportRefusesTheRegisterAndLeavesItAsItWas() throws IOException {
        ChartModel model = exports.chart(register, ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR,
                DealFilter.ALL));
        List<Runnable> writes = List.of(
                () -> exports.writeChart(model, ExportFormat.SVG, ChartSizes.standalone(model, 1), db, ExportControl.NONE),
                () -> exports.writeChartCsv(model, db, ExportControl.NONE),
                () -> exports.writeXlsx(register, DealFilter.ALL, List.of(model), db, ExportControl.NONE),
                () -> exports.writeDealsCsv(register, DealFilter.ALL, db, ExportControl.NONE),
                () -> exports.writePortfolioJson(register, DealFilter.ALL, db, ExportControl.NONE),
                () -> exports.writeReport(register, ReportRequest.standard(DealFilter.ALL, db, null), ExportControl.NONE));

        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOfSatisfying(RefusedOutputException.class,
                    refused -> assertThat(refused.what()).isEqualTo(ProtectedFile.REGISTER));
        }
        assertThat(Files.readString(db)).isEqualTo("the register");
        assertThat(dir.toFile().list()).containsExactly("register.db");
    }

    @Test
    void aReportWhosePackWouldOverwriteTheRegisterWritesNoPdfEither() throws IOException {
        // A first report names the pack files; the last one is then planted as a link to the register.
        List<Path> packFiles = exports.writeReport(register, ReportRequest.standard(DealFilter.ALL, dir.resolve("first.pdf"),
                dir.resolve("first-pack")), ExportControl.NONE).packFiles();
        Path pack = Files.createDirectory(dir.resolve("pack"));
        Path last = Files.createSymbolicLink(pack.resolve(packFiles.get(packFiles.size() - 1).getFileName()), db);
        Path pdf = dir.resolve("report.pdf");
        ReportRequest request = ReportRequest.standard(DealFilter.ALL, pdf, pack);

        assertThatThrownBy(() -> exports.writeReport(register, request, ExportControl.NONE))
                .isInstanceOfSatisfying(RefusedOutputException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(OutputKind.REPORT_PACK);
                    assertThat(refused.target()).isEqualTo(last);
                });
        assertThat(pdf).doesNotExist();
        assertThat(Files.readString(db)).isEqualTo("the register");
    }

    @Test
    void aCancelledExportWritesNothing() {
        Path file = dir.resolve("deals.csv");
        ExportControl cancelled = new ExportControl(ReportProgress.NONE, () -> true);

        assertThatThrownBy(() -> exports.writeDealsCsv(register, DealFilter.ALL, file, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void progressReachesTheEndOfAFinishedExport() {
        double[] last = {0};
        exports.writePortfolioJson(register, DealFilter.ALL, dir.resolve("p.json"),
                new ExportControl((fraction, message) -> last[0] = fraction, () -> false));

        assertThat(last[0]).isEqualTo(1.0);
    }
}
