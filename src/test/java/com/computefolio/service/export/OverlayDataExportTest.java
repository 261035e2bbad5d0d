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
import com.computefolio.service.chart.ContextFixtures;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The context lines a chart draws travel with its data (ContextFixtures): revenue $3.7B (2024) and
 * $13.1B (2025), a 2024 loss of $5B or $8.78B by two sources, $20.9B in 2025. The deals start in
 * 2025, so 2024 gets a row of its own with empty stacks.
 */
class OverlayDataExportTest {

    private final DataExporter exporter = new DataExporter(ChartText.english());
    private final Portfolio portfolio = ContextFixtures.portfolio();

    @TempDir
    Path dir;

    private ChartModel chart(String... overlays) {
        return ChartFixtures.modelFactory().create(portfolio,
                ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL).withOverlays(List.of(overlays)));
    }

    @Test
    void theCsvCarriesEachContextLineWithItsSourcesAndBothValuesWhereSourcesDisagree() throws Exception {
        ChartModel model = chart("revenue", "openai-operating-loss");
        Path csv = dir.resolve("chart.csv");

        exporter.writeSeriesCsv(model, csv);

        List<String[]> rows = readCsv(csv);
        List<String> header = Arrays.asList(rows.get(0));
        assertThat(header).containsSequence("OpenAI revenue (USD billions, context, not added)", "OpenAI revenue: sources",
                "OpenAI operating loss (USD billions, context, not added)", "OpenAI operating loss: sources",
                "OpenAI operating loss: sources disagree");
        int revenue = header.indexOf("OpenAI revenue (USD billions, context, not added)");
        int total = revenue - 1;
        String[] y2024 = row(rows, "2024");
        assertThat(y2024[revenue]).isEqualTo("3.7");
        assertThat(y2024[revenue + 1]).startsWith("The New York Times [");
        assertThat(y2024[revenue + 2]).isEqualTo("8.78");
        assertThat(y2024[revenue + 3]).contains("The New York Times [", "Financial Times [");
        assertThat(y2024[revenue + 4]).contains("$5B in 2024 [", "$8.78B in 2024 [");
        // Context is stated, not added: 2024 has no deals, so its stacks and total stay empty.
        assertThat(y2024[total]).isEmpty();
        String[] y2025 = row(rows, "2025");
        assertThat(y2025[revenue]).isEqualTo("13.1");
        assertThat(y2025[revenue + 2]).isEqualTo("20.9");
        assertThat(y2025[revenue + 4]).isEmpty();
        assertThat(new java.math.BigDecimal(y2025[total])).isEqualByComparingTo(model.unit().exact(model.periodTotal(0)));
    }

    @Test
    void theXlsxSheetHasTheSameContextColumnsWithNumbers() throws Exception {
        ChartModel model = chart("revenue");
        Path xlsx = dir.resolve("chart.xlsx");

        exporter.writeXlsx(List.of(model), null, xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int revenue = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("OpenAI revenue (USD billions, context, not added)")) {
                    revenue = c;
                }
            }
            assertThat(revenue).isPositive();
            assertThat(header.getCell(revenue + 1).getStringCellValue()).isEqualTo("OpenAI revenue: sources");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2024");
            assertThat(first.getCell(revenue).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(revenue).getNumericCellValue()).isEqualTo(3.7);
        }
    }

    @Test
    void aChartWithoutContextKeepsItsTableAsItWas() throws Exception {
        ChartModel model = chart();
        Path csv = dir.resolve("plain.csv");

        exporter.writeSeriesCsv(model, csv);

        List<String[]> rows = readCsv(csv);
        assertThat(rows.get(0)).noneMatch(h -> h.contains("context"));
        assertThat(rows).hasSize(1 + model.periodStarts().size());
    }

    private static String[] row(List<String[]> rows, String period) {
        return rows.stream().filter(r -> r[0].equals(period)).findFirst().orElseThrow();
    }

    private static List<String[]> readCsv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(text.substring(1))) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
