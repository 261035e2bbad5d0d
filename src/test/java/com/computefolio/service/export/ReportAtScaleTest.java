package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 point 6: a report of a register of tens of thousands of deals keeps a readable size. The
 * largest {@value ReportScale#LARGEST_LISTED} deals are listed in full, the rest summarised by
 * counterparty, and the page says so; a register of up to {@value ReportScale#FULL_TABLE_UP_TO} deals
 * still lists every deal.
 */
class ReportAtScaleTest {

    /** Title, contents, 5 charts, 4 pages of the largest deals, a few of the summary and of their sources. */
    private static final int MOST_PAGES_AT_SCALE = 40;

    @TempDir
    Path dir;

    @Test
    void aReportOfTwentyThousandDealsListsTheLargestFiftyAndSummarisesTheRestOnAFewPages() throws Exception {
        Portfolio register = new SyntheticPortfolioGenerator().generate(20_000, 1);
        ChartFonts fonts = ChartFonts.load();
        ChartText text = ChartText.english();
        ReportBuilder reports = new ReportBuilder(ChartFixtures.analysis(), ChartFixtures.modelFactory(),
                new JFreeChartFactory(fonts, text), fonts, text, ChartFixtures.clock());

        ReportResult result = reports.build(register, ReportRequest.standard(DealFilter.ALL, dir.resolve("big.pdf"), null),
                ReportProgress.NONE, () -> false);

        assertThat(result.pages()).isLessThanOrEqualTo(MOST_PAGES_AT_SCALE);
        String all = String.join(" ", pageTexts(result.pdf())).replaceAll("\\s+", " ");
        assertThat(all).contains("Deals: the 50 largest of 20,000, by value", "Deals 51 to 20,000, summarised by counterparty",
                "export the register (deals CSV or XLSX) for all");
    }

    @Test
    void theLargestDealsAreListedLargestFirstAndTheRestAddUpToEveryOtherDeal() {
        Portfolio register = new SyntheticPortfolioGenerator().generate(1_200, 7);
        List<DealView> deals = ChartFixtures.analysis().deals(register, DealFilter.ALL);

        ReportScale scale = ReportScale.of(deals);

        assertThat(scale.scaled()).isTrue();
        assertThat(scale.listed()).hasSize(ReportScale.LARGEST_LISTED);
        List<Long> listed = scale.listed().stream().map(ReportAtScaleTest::usd).toList();
        assertThat(listed).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long smallestListed = listed.get(listed.size() - 1);
        assertThat(deals).filteredOn(d -> !scale.listed().contains(d)).allSatisfy(d -> assertThat(usd(d)).isLessThanOrEqualTo(smallestListed));
        assertThat(scale.summarised().stream().mapToInt(ReportScale.RestRow::deals).sum()).isEqualTo(1_200 - ReportScale.LARGEST_LISTED);
    }

    @Test
    void aRegisterOfUpToAThousandDealsIsListedInFullInTheTablesOrder() {
        Portfolio register = new SyntheticPortfolioGenerator().generate(ReportScale.FULL_TABLE_UP_TO, 3);
        List<DealView> deals = ChartFixtures.analysis().deals(register, DealFilter.ALL);

        ReportScale scale = ReportScale.of(deals);

        assertThat(scale.scaled()).isFalse();
        assertThat(scale.listed()).isEqualTo(deals);
        assertThat(scale.summarised()).isEmpty();
    }

    private static long usd(DealView view) {
        var minor = HeadlineTotal.minorUnits(view.revision());
        return minor.isPresent() && "USD".equals(HeadlineTotal.currency(view.revision())) ? minor.getAsLong() : -1;
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
