package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.MarkFixtures;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An umbrella is shown at its headline with what is counted of it beside it ($100B, counted $70B,
 * in MarkFixtures), in the XLSX deals sheet and in the report; the report lists what it places at
 * assumed times.
 */
class UmbrellaAndPlacementsExportTest {

    private final Portfolio portfolio = MarkFixtures.portfolio();

    @TempDir
    Path dir;

    @Test
    void theXlsxDealsSheetShowsAnUmbrellasHeadlineAndItsCountedValue() throws Exception {
        List<DealView> deals = ChartFixtures.analysis().deals(portfolio, DealFilter.ALL);
        Path xlsx = dir.resolve("deals.xlsx");

        new DataExporter(ChartText.english()).writeXlsx(List.of(), deals,
                ChartFixtures.analysis().netting(portfolio, DealFilter.ALL), xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int counted = column(sheet, "counted (billions)");
            assertThat(sheet.getRow(0).getCell(counted).getStringCellValue()).isEqualTo("counted (billions)");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("value (billions)");
            Row programme = row(sheet, "programme");
            assertThat(programme.getCell(10).getNumericCellValue()).isEqualTo(100.0);
            assertThat(programme.getCell(counted).getNumericCellValue()).isEqualTo(70.0);
            Row site = row(sheet, "site");
            assertThat(site.getCell(10).getNumericCellValue()).isEqualTo(30.0);
            assertThat(site.getCell(counted).getNumericCellValue()).isEqualTo(30.0);
        }
    }

    @Test
    void theReportShowsTheUmbrellaWithItsCountedShareAndListsAssumedPlacements() throws Exception {
        ChartFonts fonts = ChartFonts.load();
        ChartText text = ChartText.english();
        ReportBuilder reports = new ReportBuilder(ChartFixtures.analysis(), ChartFixtures.modelFactory(),
                new JFreeChartFactory(fonts, text), fonts, text, ChartFixtures.clock());

        ReportResult result = reports.build(portfolio, ReportRequest.standard(DealFilter.ALL, dir.resolve("report.pdf"), null),
                ReportProgress.NONE, () -> false);

        String all;
        String title;
        try (PDDocument document = Loader.loadPDF(result.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            all = stripper.getText(document).replaceAll("\\s+", " ");
            stripper.setEndPage(1);
            title = stripper.getText(document).replaceAll("\\s+", " ");
        }
        assertThat(title).contains("Placed at times no source states",
                "Assumed deal: spread evenly from January 2026 to an assumed end in December 2026",
                "Lump deal: lump in March 2026, the month it became known (no term stated)");
        assertThat(all).contains("$100B (counted $70B)");
    }

    static int column(Sheet sheet, String heading) {
        for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
            if (sheet.getRow(0).getCell(c).getStringCellValue().equals(heading)) {
                return c;
            }
        }
        throw new AssertionError("no column " + heading);
    }

    static Row row(Sheet sheet, String id) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(0).getStringCellValue().equals(id)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row " + id);
    }
}
