package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBuilderTest {

    private static ReportBuilder reports;

    @TempDir
    Path dir;

    @BeforeAll
    static void wire() {
        ChartFonts fonts = ChartFonts.load();
        ChartText text = ChartText.english();
        reports = new ReportBuilder(ChartFixtures.analysis(), ChartFixtures.modelFactory(), new JFreeChartFactory(fonts, text), fonts,
                text, ChartFixtures.clock());
    }

    private ReportResult standardReport(Portfolio portfolio, DealFilter filter, Path pack) throws IOException {
        return reports.build(portfolio, ReportRequest.standard(filter, dir.resolve("report.pdf"), pack), ReportProgress.NONE, () -> false);
    }

    @Test
    void theReportHasTitleContentsChartsDealsAndSourcesWithPageNumbers() throws Exception {
        ReportResult result = standardReport(ChartFixtures.portfolio(), DealFilter.ALL, null);

        List<String> pages = pageTexts(result.pdf());
        // title, contents, 5 charts, 1 page of deals, 1 page of sources
        assertThat(result.pages()).isEqualTo(9);
        assertThat(pages).hasSize(9);
        assertThat(pages.get(0)).contains("Compute contracts report", "Portfolio: test", "Deals: all deals", "Latest known figures (no as-of date)", "At a glance",
                "Generated on 2026-05-01", "5 deals; commitments $450B; capacity 20.5 GW");
        assertThat(pages.get(1)).contains("Contents").containsPattern("Commitments per year\\s*\\.*\\s*3")
                .containsPattern("Deal timeline: each deal across its term\\s*\\.*\\s*6")
                .containsPattern("Money both ways: paid out, invested in, and the net\\s*\\.*\\s*7")
                .containsPattern("Deals\\s*\\.*\\s*8").containsPattern("Sources\\s*\\.*\\s*9");
        assertThat(pages.get(2)).contains("Commitments per year", "Oracle", "Estimate (dashed outline)");
        assertThat(pages.get(3)).contains("Cumulative commitments");
        assertThat(pages.get(4)).contains("Capacity online (GW) at the end of each period");
        assertThat(pages.get(5)).contains("Deal timeline: each deal across its term", "Broadcom accelerators");
        assertThat(pages.get(6)).contains("Money both ways: paid out, invested in, and the net", "Out: the buyer pays");
        assertThat(pages.get(7)).contains("Deals", "Counterparty", "Confidence", "AWS cloud capacity", "Amazon (AWS)",
                "$38B", "up to $22.4B", "undisclosed", "4.5", "Estimate");
        assertThat(pages.get(8)).contains("Sources", "DigiTimes", "https://example.com/s24", "The Wall Street Journal");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of 9");
        }
    }

    @Test
    void chartFootnotesCiteTheNumbersOfTheSourcesAppendix() throws Exception {
        ReportResult result = standardReport(ChartFixtures.portfolio(), DealFilter.ALL, null);

        List<String> pages = pageTexts(result.pdf());
        // Numbered over all the report's sources by date: Broadcom (2025-10-13) is [5], DigiTimes (2025-11-04) [6].
        assertThat(pages.get(2)).contains("Reuters [1, 3]", "The Wall Street Journal [2]", "DigiTimes [6]");
        assertThat(pages.get(4)).contains("Broadcom [5]");
        assertThat(pages.get(8)).containsPattern("\\[5\\]\\s*Broadcom").containsPattern("\\[6\\]\\s*DigiTimes");
        assertThat(pages.get(7)).containsPattern("AWS cloud capacity.*\\[6\\]");
    }

    @Test
    void thePdfEmbedsItsFontsAndPdfReadersAcceptIt() throws Exception {
        ReportResult result = standardReport(ChartFixtures.portfolio(), DealFilter.ALL, null);

        assertThat(OutputReaders.pdfFonts(result.pdf())).isNotEmpty().allMatch(f -> f.isEmbedded());
        assertThat(ExternalTool.run("pdfinfo", result.pdf().toString())).containsPattern("Pages:\\s+9\\n");
        assertThat(ExternalTool.run("pdftotext", result.pdf().toString(), "-")).contains("Compute contracts report", "DigiTimes");
        assertThat(ExternalTool.run("pdffonts", result.pdf().toString())).contains("DejaVuSans-Bold").doesNotContain(" no  ");
    }

    @Test
    void theContentsLinkToTheirPagesAndSourcesToTheirUrls() throws Exception {
        ReportResult result = standardReport(ChartFixtures.portfolio(), DealFilter.ALL, null);

        try (PDDocument document = Loader.loadPDF(result.pdf().toFile())) {
            List<PDAnnotation> contents = document.getPage(1).getAnnotations();
            assertThat(contents).hasSize(7).allMatch(a -> ((PDAnnotationLink) a).getAction() instanceof PDActionGoTo);
            List<String> urls = new ArrayList<>();
            for (PDAnnotation a : document.getPage(8).getAnnotations()) {
                urls.add(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI());
            }
            assertThat(urls).contains("https://example.com/s24", "https://example.com/s14");
            assertThat(document.getDocumentCatalog().getDocumentOutline().children()).hasSize(9);
        }
    }

    @Test
    void theAsOfDateIsTheReportsAndLongTablesContinueOnNewPages() throws Exception {
        List<com.computefolio.domain.Deal> deals = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            deals.add(DealBuilder.deal("d" + i).title("Deal number " + i).counterparty("p" + (i % 5))
                    .value(Integer.toString(i), ValueBasis.TOTAL_OVER_TERM).term("2026-01", 24).announced("2025-01-15").build());
        }
        Portfolio many = PortfolioBuilder.portfolio().deals(deals).build();

        ReportResult result = standardReport(many, DealFilter.ALL.withAsOf(LocalDate.of(2025, 12, 31)), null);

        List<String> pages = pageTexts(result.pdf());
        int perPage = ReportPainter.dealRowsPerPage();
        int dealPages = (70 + perPage - 1) / perPage;
        assertThat(dealPages).isGreaterThan(1);
        assertThat(pages.get(0)).contains("Figures as known on 2025-12-31");
        assertThat(pages.get(2)).contains("as known on 2025-12-31");
        assertThat(pages.get(7)).contains("Deals").contains("Deal number 1");
        assertThat(pages.get(8)).contains("Deals (continued)");
        assertThat(String.join("\n", pages.subList(7, 7 + dealPages))).contains("Deal number 70");
    }

    @Test
    void progressRisesToDoneAndAPackHoldsSvgPngAndCsvPerChart() throws Exception {
        List<Double> fractions = new ArrayList<>();
        Path pack = dir.resolve("pack");

        ReportResult result = reports.build(ChartFixtures.portfolio(), ReportRequest.standard(DealFilter.ALL, dir.resolve("r.pdf"), pack),
                (fraction, message) -> fractions.add(fraction), () -> false);

        assertThat(fractions).isSortedAccordingTo(Double::compare).last().isEqualTo(1.0);
        assertThat(result.packFiles()).hasSize(15).allMatch(Files::exists);
        assertThat(result.packFiles()).extracting(p -> p.getFileName().toString())
                .contains("01-commitments-per-year.svg", "01-commitments-per-year.png", "01-commitments-per-year.csv",
                        "04-deal-timeline-each-deal-across-its-term.svg", "05-money-both-ways-paid-out-invested-in-and-the-net.csv");
        BufferedImage png = ImageIO.read(pack.resolve("01-commitments-per-year.png").toFile());
        assertThat(png.getWidth()).isEqualTo(2 * JFreeChartFactory.DEFAULT_WIDTH);
        assertThat(OutputReaders.svgTexts(pack.resolve("02-cumulative-commitments.svg"))).contains("Cumulative commitments");
    }

    @Test
    void aCancelledReportWritesNothing() throws Exception {
        AtomicInteger steps = new AtomicInteger();

        assertThatThrownBy(() -> reports.build(ChartFixtures.portfolio(),
                ReportRequest.standard(DealFilter.ALL, dir.resolve("r.pdf"), dir.resolve("pack")),
                (fraction, message) -> steps.incrementAndGet(), () -> steps.get() >= 3))
                .isInstanceOf(CancellationException.class);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }
}
