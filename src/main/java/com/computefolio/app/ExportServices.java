package com.computefolio.app;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.chart.ChartFonts;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.JFreeChartFactory;
import com.computefolio.service.export.ChartExporter;
import com.computefolio.service.export.DataExporter;
import com.computefolio.service.export.ExportService;
import com.computefolio.service.export.ReportBuilder;
import com.computefolio.service.output.OutputTargets;
import java.time.Clock;

/**
 * Wires the export service over one analysis service: the chart model factory, the renderer, the
 * exporters and the report builder, with the files of the open register to refuse as targets.
 * Made on demand, because loading the embedded fonts is not free and most commands never draw.
 */
public final class ExportServices {

    private ExportServices() {
    }

    public static ExportService create(AnalysisService analysis, OutputTargets targets, Clock clock) {
        ChartFonts fonts = ChartFonts.load();
        ChartText text = ChartText.english();
        ChartModelFactory models = new ChartModelFactory(analysis, text, clock);
        JFreeChartFactory charts = new JFreeChartFactory(fonts, text);
        return new ExportService(analysis, models, charts, new ChartExporter(charts, fonts), new DataExporter(text),
                new ReportBuilder(analysis, models, charts, fonts, text, clock), targets);
    }
}
