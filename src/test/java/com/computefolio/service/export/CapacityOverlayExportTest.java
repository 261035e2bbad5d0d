package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartOverlay;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capacity-online chart draws the stated compute online (0.2, 0.6 and 1.9 GW at the ends of
 * 2023 to 2025) as a line beside the deals' stacks, and that chart passes the real readers.
 */
class CapacityOverlayExportTest {

    private static final Source CFO = ChartFixtures.source("C5", "OpenAI CFO", "2026-01-18");

    private static ChartExporter exporter;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadFonts() {
        ChartFonts fonts = ChartFonts.load();
        exporter = new ChartExporter(new JFreeChartFactory(fonts, ChartText.english()), fonts);
    }

    private static Portfolio withComputeOnline() {
        Portfolio fixtures = ChartFixtures.portfolio();
        ContextSeries online = new ContextSeries("openai-compute-online", "OpenAI compute online", "GW", List.of(
                new ContextPoint("2024", new BigDecimal("0.6"), Confidence.OFFICIAL, List.of(CFO), null),
                new ContextPoint("2023", new BigDecimal("0.2"), Confidence.OFFICIAL, List.of(CFO), null),
                new ContextPoint("2025", new BigDecimal("1.9"), Confidence.OFFICIAL, List.of(CFO), null)));
        ContextSeries revenue = new ContextSeries("openai-revenue", "OpenAI revenue", "USD_BILLIONS", List.of(
                new ContextPoint("2025", new BigDecimal("13.1"), Confidence.REPORTED, List.of(CFO), null)));
        return new Portfolio(fixtures.name(), fixtures.parties(), fixtures.deals(), List.of(online, revenue));
    }

    private static ChartModel chart(ChartType type, boolean cumulative) {
        return ChartFixtures.modelFactory().create(withComputeOnline(),
                new ChartRequest(type, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL, cumulative));
    }

    @Test
    void capacityOnlineCarriesTheStatedComputeOnlineAsALineAndStartsWhenItDoes() {
        ChartModel model = chart(ChartType.CAPACITY, true);

        assertThat(model.overlays()).hasSize(1);
        ChartOverlay line = model.overlays().get(0);
        assertThat(line.label()).isEqualTo("OpenAI compute online");
        assertThat(line.months()).containsExactly(YearMonth.of(2023, 12), YearMonth.of(2024, 12), YearMonth.of(2025, 12));
        assertThat(line.values()).containsExactly(200_000L, 600_000L, 1_900_000L);
        assertThat(line.sources()).extracting(ref -> ref.source().id()).containsExactly("C5");
        // The deals bring nothing online before 2026; the chart reaches back to the first stated value.
        assertThat(model.periodStarts().get(0)).isEqualTo(YearMonth.of(2023, 1));
        assertThat(model.periodTotal(0)).isZero();
        assertThat(model.footnote()).contains("OpenAI CFO");
    }

    @Test
    void onlyTheCapacityOnlineChartHasTheLine() {
        assertThat(chart(ChartType.CAPACITY, false).overlays()).isEmpty();
        assertThat(chart(ChartType.COMMITMENTS, false).overlays()).isEmpty();
        assertThat(chart(ChartType.RUN_RATE, false).overlays()).isEmpty();
    }

    @Test
    void theChartWithItsLinePassesTheSvgPdfAndPngReaders() throws Exception {
        ChartModel model = chart(ChartType.CAPACITY, true);
        Path svg = dir.resolve("online.svg");
        Path pdf = dir.resolve("online.pdf");
        Path png = dir.resolve("online.png");

        exporter.export(model, ExportFormat.SVG, ImageSize.of(960, 600), svg);
        exporter.export(model, ExportFormat.PDF, ImageSize.of(960, 600), pdf);
        exporter.export(model, ExportFormat.PNG, ImageSize.of(960, 600), png);

        ExternalTool.run("xmllint", "--noout", svg.toString());
        assertThat(OutputReaders.svgTexts(svg)).contains("OpenAI compute online", model.title());
        Path rendered = dir.resolve("online-rsvg.png");
        ExternalTool.run("rsvg-convert", "-o", rendered.toString(), svg.toString());
        assertThat(ImageIO.read(rendered.toFile()).getWidth()).isEqualTo(960);
        assertThat(ExternalTool.run("pdftotext", pdf.toString(), "-")).contains("OpenAI compute online", model.title());
        assertThat(ExternalTool.run("pdfinfo", pdf.toString())).containsPattern("Pages:\\s+1\\n");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(image.getHeight()).isEqualTo(600);
    }
}
