package com.computefolio.service.export;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartText;
import com.computefolio.testing.PortfolioBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 21 in the XLSX deals sheet: a value saved without a source says so in a column of its own. */
class XlsxUnsourcedColumnTest {

    @TempDir
    Path dir;

    @Test
    void theDealsSheetMarksAnUnsourcedValueAndLeavesSourcedOnesBlank() throws Exception {
        Portfolio register = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("cerebras", "Cerebras")
                .party("amazon", "Amazon")
                .deals(deal("draft").counterparty("cerebras").value("20", ValueBasis.AT_LEAST).term("2026-03", 36).unsourced().build(),
                        deal("aws").counterparty("amazon").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build())
                .build();
        List<DealView> deals = ChartFixtures.analysis().deals(register, DealFilter.ALL);
        Path xlsx = dir.resolve("deals.xlsx");

        new DataExporter(ChartText.english()).writeXlsx(List.of(), deals, xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int unsourced = UmbrellaAndPlacementsExportTest.column(sheet, "value unsourced");
            assertThat(UmbrellaAndPlacementsExportTest.row(sheet, "draft").getCell(unsourced).getStringCellValue()).isEqualTo("unsourced");
            var sourced = UmbrellaAndPlacementsExportTest.row(sheet, "aws").getCell(unsourced);
            assertThat(sourced == null ? "" : sourced.getStringCellValue()).isEmpty();
        }
    }
}
