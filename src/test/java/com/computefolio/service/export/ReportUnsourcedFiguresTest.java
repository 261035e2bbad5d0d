package com.computefolio.service.export;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.testing.PortfolioBuilder;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 21: a figure saved without a source is listed in the report, and the report says when there is none. */
class ReportUnsourcedFiguresTest {

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

    @Test
    void anUnsourcedValueIsMarkedInTheDealsTableAndListedWithItsDealValueAndDate() throws Exception {
        Portfolio register = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("cerebras", "Cerebras")
                .deals(deal("cerebras-2026").title("Cerebras wafer-scale capacity").counterparty("cerebras").announced("2026-01-14")
                        .value("20", ValueBasis.AT_LEAST).term("2026-03", 36).unsourced().build())
                .build();

        String text = report(register);

        assertThat(text).contains("1 figure is unsourced (source not yet found)", "Unsourced figures",
                "Cerebras wafer-scale capacity (cerebras-2026)", "$20B", "2026-01-14", "never counts them");
        assertThat(text).containsPattern("Cerebras wafer-scale capacity.*unsourced");
    }

    @Test
    void aReportWhoseFiguresAllCiteASourceSaysThereIsNone() throws Exception {
        String text = report(ChartFixtures.portfolio());

        assertThat(text).contains("Unsourced figures: none").doesNotContain("Known from");
    }

    private String report(Portfolio register) throws IOException {
        ReportResult result = reports.build(register, ReportRequest.standard(DealFilter.ALL, dir.resolve("r.pdf"), null),
                ReportProgress.NONE, () -> false);
        try (PDDocument document = Loader.loadPDF(result.pdf().toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
