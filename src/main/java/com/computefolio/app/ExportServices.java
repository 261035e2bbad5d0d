package com.computefolio.app;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.export.ChartExporter;
import com.computefolio.service.export.DataExporter;
import com.computefolio.service.export.ReportBuilder;
import com.computefolio.service.text.Texts;
import java.time.Clock;
import java.util.Optional;

/**
 * The chart and export services wired over one analysis service: what the {@code chart} and
 * {@code report} commands (and the window's export actions) use. Made on demand, because loading
 * the embedded fonts is not free and most commands never draw.
 */
public record ExportServices(ChartModelFactory models, JFreeChartFactory charts, ChartExporter exporter, DataExporter data,
                             ReportBuilder reports, ChartText text) {

    /** In the language of this machine (nothing chosen), as the command line speaks. */
    public static ExportServices over(AnalysisService analysis, Clock clock) {
        return over(analysis, clock, new ChartText(Texts.choose(Optional.empty())));
    }

    /** In the language of the given texts, e.g. the window's. */
    public static ExportServices over(AnalysisService analysis, Clock clock, ChartText text) {
        ChartFonts fonts = ChartFonts.load();
        ChartModelFactory models = new ChartModelFactory(analysis, text, clock);
        JFreeChartFactory charts = new JFreeChartFactory(fonts, text);
        return new ExportServices(models, charts, new ChartExporter(charts, fonts), new DataExporter(text),
                new ReportBuilder(analysis, models, charts, fonts, text, clock), text);
    }
}
