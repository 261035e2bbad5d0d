package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compare chart goes out through the same export service as every chart: SVG, PDF and PNG that
 * the real readers accept, and data with one column per scenario, its header naming the scenario.
 */
class CompareChartExportTest {

    @TempDir
    Path dir;

    private ExportService exports;
    private final Portfolio portfolio = ChartFixtures.portfolio();

    @BeforeEach
    void wire() throws Exception {
        Path db = Files.writeString(dir.resolve("register.db"), "the register");
        ChartFonts fonts = ChartFonts.load();
        ChartText text = ChartText.english();
        JFreeChartFactory charts = new JFreeChartFactory(fonts, text);
        exports = new ExportService(ChartFixtures.analysis(), ChartFixtures.modelFactory(), charts, new ChartExporter(charts, fonts),
                new DataExporter(text), new ReportBuilder(ChartFixtures.analysis(), ChartFixtures.modelFactory(), charts, fonts, text,
                ChartFixtures.clock()), OutputTargets.of(db));
    }

    private ChartModel compare(String... names) {
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : names) {
            scenarios.add(Scenarios.builtIn().find(name).orElseThrow());
        }
        return exports.chart(portfolio, ChartRequest.of(ChartType.COMPARE, GroupBy.NONE, Granularity.YEAR, DealFilter.ALL)
                .withScenarios(scenarios));
    }

    @Test
    void theSvgIsValidXmlThatRendersAndNamesEveryScenario() throws Exception {
        Path svg = dir.resolve("compare.svg");

        exports.writeChart(compare("firm", "reported", "weighted"), ExportFormat.SVG, ImageSize.of(960, 600), svg, ExportControl.NONE);

        ExternalTool.run("xmllint", "--noout", svg.toString());
        Path rendered = dir.resolve("compare-rsvg.png");
        ExternalTool.run("rsvg-convert", "-o", rendered.toString(), svg.toString());
        assertThat(ImageIO.read(rendered.toFile()).getWidth()).isEqualTo(960);
        String texts = String.join("\n", OutputReaders.svgTexts(svg));
        assertThat(texts).contains("Cumulative commitments under each scenario").contains("firm: $").contains("reported: $")
                .contains("weighted: $");
    }

    @Test
    void thePdfIsOnePageWhoseTextNamesEveryScenario() throws Exception {
        Path pdf = dir.resolve("compare.pdf");

        exports.writeChart(compare("firm", "ceilings"), ExportFormat.PDF, ImageSize.of(960, 600), pdf, ExportControl.NONE);

        assertThat(ExternalTool.run("pdfinfo", pdf.toString())).containsPattern("Pages:\\s+1\\n");
        assertThat(ExternalTool.run("pdftotext", pdf.toString(), "-")).contains("Cumulative commitments under each scenario")
                .contains("firm: $").contains("ceilings: $");
        ExternalTool.run("pdftoppm", "-r", "30", "-png", pdf.toString(), dir.resolve("page").toString());
    }

    @Test
    void thePngHasTheAskedSizeAndDrawsTheLines() throws Exception {
        Path png = dir.resolve("compare.png");

        exports.writeChart(compare("firm", "ceilings"), ExportFormat.PNG, ImageSize.of(800, 500), png, ExportControl.NONE);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        long coloured = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).as("pixels of the coloured lines").isGreaterThan(100);
    }

    @Test
    void theDataHasOneColumnPerScenarioNamedInItsHeader() throws Exception {
        ChartModel model = compare("firm", "reported", "ceilings");
        Path csv = dir.resolve("compare.csv");
        Path xlsx = dir.resolve("compare.xlsx");

        exports.writeChartCsv(model, csv, ExportControl.NONE);
        exports.writeXlsx(portfolio, DealFilter.ALL, List.of(model), xlsx, ExportControl.NONE);

        List<String> lines = Files.readAllLines(csv);
        // The CSV starts with a byte-order mark, so that spreadsheets read it as UTF-8.
        assertThat(lines.get(0)).isEqualTo("\uFEFFperiod,period_start,firm (USD billions; running total),"
                + "reported (USD billions; running total),ceilings (USD billions; running total)");
        assertThat(lines).hasSize(model.periodStarts().size() + 1);
        String last = lines.get(lines.size() - 1);
        assertThat(last.split(",")).hasSize(5);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
            Row header = findHeader(sheet);
            assertThat(header.getCell(2).getStringCellValue()).startsWith("firm (");
            assertThat(header.getCell(3).getStringCellValue()).startsWith("reported (");
            assertThat(header.getCell(4).getStringCellValue()).startsWith("ceilings (");
        }
    }

    private static Row findHeader(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "period".equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no header row in " + sheet.getSheetName());
    }
}
