package com.computefolio.service.export;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.render.JFreeChartFactory;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Not a test: a warm timing of one chart (commitments per quarter by counterparty, curated data)
 * to SVG, PDF and PNG, median of 20 runs after 10 warm-ups, in memory and to a file. Run with
 * {@code java -Djava.awt.headless=true -cp <test and runtime classpath> com.computefolio.service.export.ChartExportBenchmark}.
 */
public final class ChartExportBenchmark {

    private static final int WARMUP = 10;
    private static final int RUNS = 20;

    private ChartExportBenchmark() {
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Portfolio portfolio = new PortfolioJsonReader(new DealValidator()).read(Path.of("data/openai-portfolio.json")).portfolio();
        ChartFonts fonts = ChartFonts.load();
        ChartText text = ChartText.english();
        ChartModelFactory models = new ChartModelFactory(new DefaultAnalysisService(new ScheduleEngine()), text, Clock.systemUTC());
        JFreeChartFactory charts = new JFreeChartFactory(fonts, text);
        ChartExporter exporter = new ChartExporter(charts, fonts);
        ChartRequest request = ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.QUARTER, DealFilter.ALL);
        ImageSize size = ImageSize.of(960, 600);
        Path dir = Files.createTempDirectory("chart-benchmark");

        time("model (ChartModelFactory.create)", () -> models.create(portfolio, request));
        ChartModel model = models.create(portfolio, request);
        time("JFreeChart (JFreeChartFactory.create)", () -> charts.create(model));
        JFreeChart chart = charts.create(model);
        time("SVG in memory", () -> exporter.svg(chart, size));
        time("PDF in memory", () -> exporter.pdf(chart, model.title(), size, new ByteArrayOutputStream()));
        time("PNG 1x image (draw only)", () -> exporter.image(chart, size));
        time("SVG to file", () -> exporter.writeSvg(chart, size, dir.resolve("c.svg")));
        time("PDF to file", () -> exporter.writePdf(chart, model.title(), size, dir.resolve("c.pdf")));
        time("PNG 1x to file", () -> exporter.writePng(chart, size, dir.resolve("c1.png")));
        time("PNG 2x to file", () -> exporter.writePng(chart, new ImageSize(960, 600, 2), dir.resolve("c2.png")));
        time("PNG 4x to file", () -> exporter.writePng(chart, new ImageSize(960, 600, 4), dir.resolve("c4.png")));
        time("model + chart + SVG file", () -> exporter.export(models.create(portfolio, request), ExportFormat.SVG, size,
                dir.resolve("all.svg")));
    }

    private static void time(String label, Step step) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            step.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            step.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        double median = (millis.get(RUNS / 2 - 1) + millis.get(RUNS / 2)) / 2;
        System.out.printf(Locale.ROOT, "%-40s median %7.1f ms  (min %6.1f, max %6.1f)%n", label, median, millis.get(0),
                millis.get(RUNS - 1));
    }
}
