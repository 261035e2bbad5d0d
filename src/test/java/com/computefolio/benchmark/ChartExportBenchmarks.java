package com.computefolio.benchmark;

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
import com.computefolio.service.export.ChartExporter;
import com.computefolio.service.export.ImageSize;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One chart of the curated data (commitments per quarter by counterparty, 960 x 600) built and
 * exported in memory, warm: the in-process part of benchmark 6.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChartExportBenchmarks {

    private static final ImageSize SIZE = ImageSize.of(960, 600);

    private ChartModelFactory models;
    private JFreeChartFactory charts;
    private ChartExporter exporter;
    private Portfolio portfolio;
    private ChartRequest request;
    private ChartModel model;
    private JFreeChart chart;

    @Setup
    public void prepare() {
        portfolio = new PortfolioJsonReader(new DealValidator()).read(Path.of("data/openai-portfolio.json")).portfolio();
        ChartFonts fonts = ChartFonts.load();
        ChartText text = ChartText.english();
        models = new ChartModelFactory(new DefaultAnalysisService(new ScheduleEngine()), text, Clock.systemUTC());
        charts = new JFreeChartFactory(fonts, text);
        exporter = new ChartExporter(charts, fonts);
        request = ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.QUARTER, DealFilter.ALL);
        model = models.create(portfolio, request);
        chart = charts.create(model);
    }

    @Benchmark
    public JFreeChart modelAndChart() {
        return charts.create(models.create(portfolio, request));
    }

    @Benchmark
    public String svg() {
        return exporter.svg(chart, SIZE);
    }

    @Benchmark
    public byte[] pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.pdf(chart, model.title(), SIZE, out);
        return out.toByteArray();
    }

    @Benchmark
    public BufferedImage pngImage() {
        return exporter.image(chart, SIZE);
    }
}
