package com.computefolio.app;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.export.ChartExporter;
import com.computefolio.service.export.DataExporter;
import com.computefolio.service.export.ExportService;
import com.computefolio.service.export.ReportBuilder;
import com.computefolio.service.text.Texts;
import com.computefolio.service.output.OutputTargets;
import java.time.Clock;
import java.util.Optional;

/**
 * Wires the export service over one analysis service: the chart model factory, the renderer, the
 * exporters and the report builder, with the files of the open register to refuse as targets.
 * Made on demand, because loading the embedded fonts is not free and most commands never draw.
 */
public final class ExportServices {

    private ExportServices() {
    }

    /** In the language of this machine (nothing chosen), as the command line speaks. */
    public static ExportService create(AnalysisService analysis, OutputTargets targets, Clock clock) {
        return create(analysis, targets, clock, Texts.choose(Optional.empty()));
    }

    /**
     * In the language of the given texts (e.g. the one {@code --lang} chose): charts, the report and the
     * headers of CSV and XLSX tables speak it, and right-to-left languages get right-to-left reports.
     */
    public static ExportService create(AnalysisService analysis, OutputTargets targets, Clock clock, Texts texts) {
        return create(analysis, targets, clock, new ChartText(texts));
    }

    /** In the language of the given texts, e.g. the window's. */
    public static ExportService create(AnalysisService analysis, OutputTargets targets, Clock clock, ChartText text) {
        ChartFonts fonts = ChartFonts.load();
        ChartModelFactory models = new ChartModelFactory(analysis, text, clock);
        JFreeChartFactory charts = new JFreeChartFactory(fonts, text);
        // The data exporter (POI) and the report builder (PDFBox) are made on first use: drawing a chart needs neither.
        return new ExportService(analysis, models, charts, new ChartExporter(charts, fonts), () -> new DataExporter(text),
                () -> new ReportBuilder(analysis, models, charts, fonts, text, clock), targets);
    }
}
