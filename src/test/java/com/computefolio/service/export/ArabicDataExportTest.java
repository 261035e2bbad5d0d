package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
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

/** CSV and XLSX in Arabic: headers in Arabic, the data exactly as in English (ids, ISO dates, Western digits). */
class ArabicDataExportTest {

    @TempDir
    Path dir;

    private static ChartModel model(ChartModelFactory models, ChartType type) {
        return models.create(ArabicFixtures.portfolio(), ChartRequest.of(type, GroupBy.COUNTERPARTY, Granularity.QUARTER, DealFilter.ALL));
    }

    @Test
    void seriesCsvHeadersAreArabicAndEveryDataRowIsTheEnglishOne() throws Exception {
        Path arabic = dir.resolve("ar.csv");
        Path english = dir.resolve("en.csv");
        new DataExporter(ArabicFixtures.text()).writeSeriesCsv(model(ArabicFixtures.models(), ChartType.COMMITMENTS), arabic);
        new DataExporter(ChartText.english()).writeSeriesCsv(model(ChartFixtures.modelFactory(), ChartType.COMMITMENTS), english);

        List<String> arabicLines = Files.readAllLines(arabic, StandardCharsets.UTF_8);
        List<String> englishLines = Files.readAllLines(english, StandardCharsets.UTF_8);
        assertThat(arabicLines.get(0)).startsWith("\uFEFFالفترة,بداية_الفترة,").contains("الإجمالي")
                .contains(ArabicFixtures.AMAZON);
        assertThat(arabicLines.subList(1, arabicLines.size())).isEqualTo(englishLines.subList(1, englishLines.size()));
        assertThat(String.join("\n", arabicLines.subList(1, arabicLines.size()))).matches("(?s)[\\x20-\\x7E\\n]*");
    }

    @Test
    void xlsxHeadersAndSheetNamesAreArabicAndItsCellsHoldTheSameData() throws Exception {
        Portfolio portfolio = ArabicFixtures.portfolio();
        List<DealView> deals = ChartFixtures.analysis().deals(portfolio, DealFilter.ALL);
        Path arabic = dir.resolve("ar.xlsx");
        Path english = dir.resolve("en.xlsx");
        new DataExporter(ArabicFixtures.text()).writeXlsx(List.of(model(ArabicFixtures.models(), ChartType.COMMITMENTS)), deals, arabic);
        new DataExporter(ChartText.english()).writeXlsx(List.of(model(ChartFixtures.modelFactory(), ChartType.COMMITMENTS)), deals, english);

        try (InputStream a = Files.newInputStream(arabic); XSSFWorkbook ar = new XSSFWorkbook(a);
             InputStream e = Files.newInputStream(english); XSSFWorkbook en = new XSSFWorkbook(e)) {
            assertThat(ar.getSheetName(0)).isEqualTo("الصفقات");
            assertThat(ar.getSheetName(1)).isEqualTo("الالتزامات لكل ربع سنة");
            Sheet arDeals = ar.getSheetAt(0);
            assertThat(cells(arDeals.getRow(0))).startsWith("المعرّف", "الصفقة", "المشتري", "الطرف المقابل");
            for (int s = 0; s < ar.getNumberOfSheets(); s++) {
                Sheet arSheet = ar.getSheetAt(s);
                Sheet enSheet = en.getSheetAt(s);
                assertThat(arSheet.getLastRowNum()).isEqualTo(enSheet.getLastRowNum());
                for (int r = 1; r <= arSheet.getLastRowNum(); r++) {
                    assertThat(data(arSheet.getRow(r))).as("sheet %d row %d", s, r).isEqualTo(data(enSheet.getRow(r)));
                }
            }
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    /** The cells that are data, not words: numbers, and texts that are ids, ISO dates or names as stored. */
    private static List<String> data(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.NUMERIC) {
                cells.add(Double.toString(cell.getNumericCellValue()));
            } else if (cell.getStringCellValue().matches("[a-z0-9]+|\\d{4}(-\\d{2}(-\\d{2})?|-Q\\d)?")) {
                cells.add(cell.getStringCellValue());
            }
        }
        return cells;
    }
}
