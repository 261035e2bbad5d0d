package com.computefolio.ui.charts;

import com.computefolio.app.ExportServices;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.export.ChartExporter;
import com.computefolio.service.export.ExportService;
import com.computefolio.service.output.OutputTargets;
import java.time.Clock;
import java.util.Objects;

/**
 * The chart services a chart view needs, from the service layer: the model factory (what to draw),
 * the JFreeChart factory (how it is drawn, on screen and in every export), the exporter (for the
 * clipboard) and the export service every file goes through. Both chart views and the export code
 * share one instance so fonts are loaded once and the chart on screen is the very chart that is exported.
 */
public record ChartToolkit(ChartModelFactory models, JFreeChartFactory charts, ChartExporter exporter, ExportService exports) {

    public ChartToolkit {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(charts, "charts");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(exports, "exports");
    }

    /** The parts of one export service. */
    public static ChartToolkit of(ExportService exports) {
        return new ChartToolkit(exports.models(), exports.renderer(), exports.exporter(), exports);
    }

    /** As {@link #create(AnalysisService, OutputTargets, ChartText)} in the language of this machine. */
    public static ChartToolkit create(AnalysisService analysis, OutputTargets targets) {
        return of(ExportServices.create(analysis, targets, Clock.systemDefaultZone()));
    }

    /**
     * The chart texts of the window's language, the bundled fonts and the system clock (for a chart's
     * "generated" date).
     *
     * @param targets the files of the open register, which no export may write over
     */
    public static ChartToolkit create(AnalysisService analysis, OutputTargets targets, ChartText text) {
        return of(ExportServices.create(analysis, targets, Clock.systemDefaultZone(), text));
    }
}
