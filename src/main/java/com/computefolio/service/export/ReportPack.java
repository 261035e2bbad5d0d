package com.computefolio.service.export;

import com.computefolio.service.chart.ChartModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * The folder that goes beside a report: for each chart an SVG (for documents), a PNG at 2x (for
 * slides) and a CSV of its data, named "01-commitments-per-year.svg" and so on.
 */
final class ReportPack {

    static final int SCALE = 2;

    private final ChartExporter charts;
    private final DataExporter data;

    ReportPack(ChartExporter charts, DataExporter data) {
        this.charts = charts;
        this.data = data;
    }

    /** Writes the three files of one chart and returns them. */
    List<Path> write(Path folder, int number, ChartModel model, JFreeChart chart) throws IOException {
        Files.createDirectories(folder);
        ImageSize size = ChartSizes.standalone(model, SCALE);
        List<Path> files = files(folder, number, model);
        charts.writeSvg(chart, new ImageSize(size.width(), size.height(), 1), files.get(0));
        charts.writePng(chart, size, files.get(1));
        data.writeSeriesCsv(model, files.get(2));
        return files;
    }

    /** The SVG, PNG and CSV of one chart, in that order: known before anything is written, so they can be checked first. */
    static List<Path> files(Path folder, int number, ChartModel model) {
        String base = String.format(Locale.ROOT, "%02d-%s", number, slug(model.title()));
        List<Path> files = new ArrayList<>();
        for (String extension : List.of(".svg", ".png", ".csv")) {
            files.add(folder.resolve(base + extension));
        }
        return files;
    }

    /** "Capacity added per quarter (GW)" → "capacity-added-per-quarter-gw". */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "chart" : slug.substring(0, Math.min(60, slug.length()));
    }
}
