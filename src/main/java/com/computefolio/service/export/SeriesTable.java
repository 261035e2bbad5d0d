package com.computefolio.service.export;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.FilterDescription;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.TimelineBar;
import com.computefolio.service.chart.ValueUnit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's data as a table, the same for CSV and XLSX: one row per period and one column per
 * series (values exact, in $B or GW, plus a total), or for the timeline one row per deal bar.
 * Cells are either text ({@link String}) or numbers ({@link BigDecimal}); null is an empty cell.
 */
record SeriesTable(String name, List<String> header, List<List<Object>> rows) {

    static SeriesTable of(ChartModel model, ChartText text) {
        return switch (model.type()) {
            case TIMELINE -> bars(model, text);
            case FLOWS -> categories(model, text);
            case COMPARE -> scenarios(model, text);
            default -> periods(model, text);
        };
    }

    /** The flows chart: one row per counterparty column; out (negative), in and net, exact, in the model's series order. */
    private static SeriesTable categories(ChartModel model, ChartText text) {
        List<String> header = new ArrayList<>();
        header.add(text.get("data.column.counterparty"));
        header.add(text.get("data.column.flowsOut", unitName(model, text)));
        header.add(text.get("data.column.flowsIn", unitName(model, text)));
        header.add(text.get("data.column.flowsNet", unitName(model, text)));
        List<List<Object>> rows = new ArrayList<>();
        for (int c = 0; c < model.periodLabels().size(); c++) {
            List<Object> row = new ArrayList<>();
            row.add(model.periodLabels().get(c));
            for (ChartSeries series : model.series()) {
                row.add(model.unit().exact(series.values().get(c)));
            }
            rows.add(row);
        }
        return new SeriesTable(model.title(), header, rows);
    }

    /**
     * The compare chart: one row per period and one column per scenario, its header naming the
     * scenario; no total column, since the scenarios are the same deals counted different ways.
     */
    private static SeriesTable scenarios(ChartModel model, ChartText text) {
        List<String> header = new ArrayList<>();
        header.add(text.get("data.column.period"));
        header.add(text.get("data.column.periodStart"));
        model.series().forEach(s -> header.add(text.get("data.column.scenario", s.label(), unitName(model, text))));
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 0; p < model.periodStarts().size(); p++) {
            List<Object> row = new ArrayList<>();
            row.add(model.periodLabels().get(p));
            row.add(model.periodStarts().get(p).toString());
            for (ChartSeries series : model.series()) {
                row.add(model.unit().exact(series.values().get(p)));
            }
            rows.add(row);
        }
        return new SeriesTable(model.title(), header, rows);
    }

    private static SeriesTable periods(ChartModel model, ChartText text) {
        List<String> header = new ArrayList<>();
        header.add(text.get("data.column.period"));
        header.add(text.get("data.column.periodStart"));
        model.series().forEach(s -> header.add(s.label()));
        header.add(text.get("data.column.total") + " (" + unitName(model, text) + scenarioName(model, text) + ")");
        OverlayColumns context = new OverlayColumns(model, text);
        header.addAll(context.header());
        List<List<Object>> rows = new ArrayList<>();
        List<YearMonth> periods = context.isEmpty() ? model.periodStarts() : context.periods();
        for (YearMonth start : periods) {
            int p = model.periodStarts().indexOf(start);
            List<Object> row = new ArrayList<>();
            row.add(p >= 0 ? model.periodLabels().get(p) : model.request().granularity().label(start));
            row.add(start.toString());
            for (ChartSeries series : model.series()) {
                row.add(p >= 0 ? model.unit().exact(series.values().get(p)) : null);
            }
            row.add(p >= 0 ? model.unit().exact(model.periodTotal(p)) : null);
            if (!context.isEmpty()) {
                row.addAll(context.cells(start));
            }
            rows.add(row);
        }
        return new SeriesTable(model.title(), header, rows);
    }

    private static SeriesTable bars(ChartModel model, ChartText text) {
        List<String> header = List.of(text.get("data.column.id"), text.get("data.column.title"), text.get("data.column.counterparty"),
                text.get("data.column.kind"), text.get("data.column.status"), text.get("data.column.confidence"),
                text.get("data.column.termStart"), text.get("data.column.termEnd"), text.get("data.column.termBasis"),
                text.get("data.column.value"));
        List<List<Object>> rows = new ArrayList<>();
        for (TimelineBar bar : model.bars()) {
            rows.add(List.of(bar.dealId(), bar.title(), bar.counterparty(), text.name("kind", bar.kind()), text.name("status", bar.status()),
                    text.name("confidence", bar.confidence()), bar.start().toString(), bar.end().toString(),
                    bar.termKnown().name(), bar.valueText()));
        }
        return new SeriesTable(model.title(), header, rows);
    }

    /** ", scenario: firm" under any scenario but the default, whose header stays as it was. */
    private static String scenarioName(ChartModel model, ChartText text) {
        var scenario = model.request().filter().scenario();
        return scenario.isIdentity() ? "" : ", " + text.get("filter.scenario", new FilterDescription(text).scenario(scenario));
    }

    private static String unitName(ChartModel model, ChartText text) {
        if (model.unit() == ValueUnit.GIGAWATTS) {
            return "GW";
        }
        return text.get("data.unit.billions", model.currency() == null ? "USD" : model.currency());
    }

    /** Exact decimal text for CSV: "3.7333333333", never "3.7333333333E+0". */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
