package com.computefolio.ui.charts;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.export.ChartExporter;
import java.time.Clock;
import java.util.Objects;

/**
 * The chart services a chart view needs, from the service layer: the model factory (what to draw),
 * the JFreeChart factory (how it is drawn, on screen and in every export) and the exporter. Both
 * chart views and the export code share one instance so fonts are loaded once and the chart on
 * screen is the very chart that is exported.
 */
public record ChartToolkit(ChartModelFactory models, JFreeChartFactory charts, ChartExporter exporter) {

    public ChartToolkit {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(charts, "charts");
        Objects.requireNonNull(exporter, "exporter");
    }

    /** The English chart texts, the bundled fonts and the system clock (for a chart's "generated" date). */
    public static ChartToolkit create(AnalysisService analysis) {
        return create(analysis, ChartText.english());
    }

    /** The chart texts of the window's language, the bundled fonts and the system clock. */
    public static ChartToolkit create(AnalysisService analysis, ChartText text) {
        ChartFonts fonts = ChartFonts.load();
        JFreeChartFactory charts = new JFreeChartFactory(fonts, text);
        return new ChartToolkit(new ChartModelFactory(analysis, text, Clock.systemDefaultZone()), charts,
                new ChartExporter(charts, fonts));
    }
}
