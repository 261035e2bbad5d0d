package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataExporterTest {

    private static final List<String> FORMULA_LIKE = List.of("=1+1", "+1", "-1", "@SUM(A1:A2)", "\tx", "\rx");

    private final DataExporter exporter = new DataExporter(ChartText.english());

    @TempDir
    Path dir;

    private static ChartModel model(Portfolio portfolio, ChartType type) {
        return ChartFixtures.modelFactory().create(portfolio, ChartRequest.of(type, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL));
    }

    /** Deals whose titles and counterparties a spreadsheet would run as formulas. */
    private static Portfolio formulaPortfolio() {
        PortfolioBuilder builder = PortfolioBuilder.portfolio();
        for (int i = 0; i < FORMULA_LIKE.size(); i++) {
            builder.party("p" + i, FORMULA_LIKE.get(i)).deals(DealBuilder.deal("d" + i).title(FORMULA_LIKE.get(i)).counterparty("p" + i)
                    .value(Integer.toString(i + 1), ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build());
        }
        return builder.build();
    }

    @Test
    void seriesCsvHasOneRowPerPeriodWithExactValues() throws Exception {
        ChartModel model = model(ChartFixtures.portfolio(), ChartType.COMMITMENTS);
        Path csv = dir.resolve("series.csv");

        exporter.writeSeriesCsv(model, csv);

        List<String[]> rows = readCsv(csv);
        assertThat(rows.get(0)).containsExactly("period", "period_start", "Oracle\u2009(reported)", "AMD\u2009(estimate)",
                "Amazon (AWS)\u2009(official)", "CoreWeave\u2009(reported)", "total (USD billions)");
        assertThat(rows).hasSize(1 + model.periodStarts().size());
        String[] y2027 = rows.stream().filter(r -> r[0].equals("2027")).findFirst().orElseThrow();
        // Oracle: $300B over 60 months is $60B a year. CoreWeave: $22.4B over 60 months is 37,333,333,333.33 cents
        // a month; the 4 spare cents went to the first months (2025), so 2027 holds 12 x 37,333,333,333 cents exactly.
        assertThat(y2027[1]).isEqualTo("2027-01");
        assertThat(y2027[2]).isEqualTo("60");
        assertThat(y2027[5]).isEqualTo("4.47999999996");
    }

    @Test
    void formulaLikeTextIsNeutralisedInCsv() throws Exception {
        Path series = dir.resolve("series.csv");
        Path timeline = dir.resolve("timeline.csv");

        exporter.writeSeriesCsv(model(formulaPortfolio(), ChartType.COMMITMENTS), series);
        exporter.writeSeriesCsv(model(formulaPortfolio(), ChartType.TIMELINE), timeline);

        List<String> headers = List.of(readCsv(series).get(0));
        for (String dangerous : FORMULA_LIKE) {
            assertThat(headers).contains("'" + dangerous + "\u2009(official)");
        }
        List<String> titles = readCsv(timeline).stream().skip(1).map(r -> r[1]).toList();
        assertThat(titles).containsExactlyInAnyOrderElementsOf(FORMULA_LIKE.stream().map(s -> "'" + s).toList());
    }

    @Test
    void theDealsCsvIsTheImportableFormatAsOfTheFilterDate() throws Exception {
        List<DealView> deals = ChartFixtures.analysis().deals(ChartFixtures.portfolio(), DealFilter.ALL);
        Path csv = dir.resolve("deals.csv");

        exporter.writeDealsCsv(deals, null, csv);

        List<String[]> rows = readCsv(csv);
        assertThat(rows.get(0)).startsWith("id", "title", "buyer", "counterparty");
        assertThat(rows).hasSize(1 + 5);
    }

    @Test
    void anXlsxHasADealsSheetAndOneSheetPerChartWithNumericCells() throws Exception {
        Portfolio portfolio = ChartFixtures.portfolio();
        List<DealView> deals = ChartFixtures.analysis().deals(portfolio, DealFilter.ALL);
        Path xlsx = dir.resolve("data.xlsx");

        exporter.writeXlsx(List.of(model(portfolio, ChartType.COMMITMENTS), model(portfolio, ChartType.CAPACITY)), deals, xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Deals");
            assertThat(workbook.getSheetName(1)).isEqualTo("Commitments per year");
            assertThat(workbook.getSheetName(2)).isEqualTo("Capacity online (GW) at the end");
            Sheet dealsSheet = workbook.getSheetAt(0);
            assertThat(dealsSheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("deal");
            assertThat(workbook.getFontAt(dealsSheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row oracle = findRow(dealsSheet, "oracle");
            assertThat(oracle.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(oracle.getCell(10).getNumericCellValue()).isEqualTo(300.0);
            assertThat(oracle.getCell(11).getNumericCellValue()).isEqualTo(4.5);
            Row broadcom = findRow(dealsSheet, "broadcom");
            assertThat(broadcom.getCell(10) == null || broadcom.getCell(10).getCellType() == CellType.BLANK).isTrue();
            Sheet capacity = workbook.getSheetAt(2);
            Row last = capacity.getRow(capacity.getLastRowNum());
            // Online at the end of 2031: only Oracle's 4.5 GW (its term runs to 2031-12); the others have ended.
            assertThat(last.getCell(last.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(4.5);
        }
    }

    @Test
    void formulaLikeTextIsStoredAsQuotedTextInXlsxNeverAsAFormula() throws Exception {
        Portfolio portfolio = formulaPortfolio();
        Path xlsx = dir.resolve("formulas.xlsx");

        exporter.writeXlsx(List.of(model(portfolio, ChartType.COMMITMENTS)),
                ChartFixtures.analysis().deals(portfolio, DealFilter.ALL), xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<Cell> titles = new ArrayList<>();
            Sheet deals = workbook.getSheet("Deals");
            for (int r = 1; r <= deals.getLastRowNum(); r++) {
                titles.add(deals.getRow(r).getCell(1));
            }
            assertThat(titles).extracting(Cell::getStringCellValue).containsExactlyInAnyOrderElementsOf(FORMULA_LIKE);
            assertThat(titles).allSatisfy(cell -> {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            });
            Cell onePlusOne = titles.stream().filter(c -> c.getStringCellValue().equals("=1+1")).findFirst().orElseThrow();
            assertThat(onePlusOne.getCellType()).isNotEqualTo(CellType.FORMULA);
            Row header = workbook.getSheetAt(1).getRow(0);
            Cell seriesHeader = header.getCell(2);
            assertThat(seriesHeader.getCellType()).isEqualTo(CellType.STRING);
            assertThat(deals.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static Row findRow(Sheet sheet, String id) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(0).getStringCellValue().equals(id)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row " + id);
    }

    private static List<String[]> readCsv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CsvMapper mapper = new CsvMapper();
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(text.substring(1))) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
