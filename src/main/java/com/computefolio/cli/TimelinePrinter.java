package com.computefolio.cli;

import com.computefolio.domain.ExactSums;
import com.computefolio.cli.TextTable.Align;
import com.computefolio.service.Measure;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineMode;
import com.computefolio.service.TimelineQuery;
import com.computefolio.service.TimelineSeries;
import com.computefolio.service.export.CsvTable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a computed {@link Timeline} with one row per period and one column per series, so that a
 * monthly timeline grows downwards rather than off the right edge of the terminal.
 */
final class TimelinePrinter {
    private final CliMessages messages;

    TimelinePrinter(CliMessages messages) {
        this.messages = messages;
    }

    void print(Timeline timeline, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(timeline, out);
            case JSON -> json(timeline, out);
            case CSV -> csv(timeline, out);
        }
    }

    private void table(Timeline timeline, PrintWriter out) {
        if (timeline.series().isEmpty() && timeline.undisclosedDealIds().isEmpty()) {
            out.println(messages.get("common.noDeals"));
            out.flush();
            return;
        }
        TextTable table = new TextTable().column(messages.get("timeline.column.period"), Align.LEFT);
        for (TimelineSeries s : timeline.series()) {
            table.column(s.label() == null ? s.key() : messages.groupLabel(timeline.query().groupBy(), s.key(), s.label()), Align.RIGHT);
        }
        table.column(messages.get("table.total"), Align.RIGHT);
        for (int p = 0; p < timeline.periodLabels().size(); p++) {
            List<String> cells = new ArrayList<>();
            cells.add(timeline.periodLabels().get(p));
            long periodTotal = 0;
            for (TimelineSeries s : timeline.series()) {
                long v = s.values().get(p);
                periodTotal = ExactSums.add(periodTotal, v, timeline.currency() == null);
                cells.add(readable(messages, v, timeline));
            }
            cells.add(readable(messages, periodTotal, timeline));
            table.row(cells);
        }
        // A running total has no meaningful sum over periods; its last period is the total. Yearly
        // rates do not add up either: their row is what was committed in all, as per period.
        TimelineMode mode = timeline.query().mode();
        List<String> total = new ArrayList<>();
        total.add(messages.get(switch (mode) {
            case CUMULATIVE, CONTRACTED -> "timeline.row.end";
            case ANNUALISED -> "timeline.row.committed";
            case PER_PERIOD -> "table.total";
        }));
        for (TimelineSeries s : timeline.series()) {
            total.add(readable(messages, seriesTotal(s, timeline.query()), timeline));
        }
        total.add(readable(messages, timeline.grandTotal(), timeline));
        table.total(total);

        out.println(heading(timeline));
        table.print(out);
        if (!timeline.undisclosedDealIds().isEmpty()) {
            out.println(messages.get("timeline.undisclosed", String.join(", ", timeline.undisclosedDealIds())));
        }
        String caveats = Caveats.describe(allCaveats(timeline), messages);
        if (!caveats.isEmpty()) {
            out.println(messages.get("timeline.caveats", caveats));
        }
        out.flush();
    }

    private String heading(Timeline timeline) {
        var query = timeline.query();
        String measure = messages.get(query.measure() == Measure.MONEY ? "timeline.heading.money" : "timeline.heading.capacity",
                timeline.currency() == null ? "" : timeline.currency());
        String asOf = query.filter().asOf() == null ? "" : " " + messages.get("common.asOf", query.filter().asOf());
        String mode = messages.get(switch (query.mode()) {
            case CUMULATIVE -> "timeline.heading.cumulative";
            case CONTRACTED -> "timeline.heading.contracted";
            case ANNUALISED -> "timeline.heading.annualised";
            case PER_PERIOD -> "timeline.heading.perPeriod";
        });
        String scenario = ScenarioText.line(query.filter().scenario(), messages);
        return measure + ", " + mode + asOf + (scenario == null ? "" : " " + scenario);
    }

    private static long seriesTotal(TimelineSeries s, TimelineQuery query) {
        return switch (query.mode()) {
            case CUMULATIVE, CONTRACTED -> s.values().isEmpty() ? 0 : s.values().get(s.values().size() - 1);
            case ANNUALISED -> s.total(query.measure() == Measure.CAPACITY) / query.mode().factor(query.granularity());
            case PER_PERIOD -> s.total(query.measure() == Measure.CAPACITY);
        };
    }

    private static Map<String, Integer> allCaveats(Timeline timeline) {
        Map<String, Integer> sum = new TreeMap<>();
        for (TimelineSeries s : timeline.series()) {
            s.caveats().forEach((k, v) -> sum.merge(k, v, Integer::sum));
        }
        return sum;
    }

    private static String readable(CliMessages messages, long value, Timeline timeline) {
        if (value == 0) {
            return "-";
        }
        return timeline.query().measure() == Measure.MONEY
                ? Amounts.readable(messages, value, timeline.currency())
                : Amounts.readableGigawatts(messages, value);
    }

    private static String exact(long value, Timeline timeline) {
        return timeline.query().measure() == Measure.MONEY ? Amounts.exact(value) : Amounts.gigawatts(value);
    }

    private static void json(Timeline timeline, PrintWriter out) {
        var query = timeline.query();
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("measure", query.measure().name());
            json.writeStringField("unit", query.measure() == Measure.MONEY ? timeline.currency() : "GW");
            json.writeStringField("groupBy", query.groupBy().name());
            json.writeStringField("granularity", query.granularity().name());
            json.writeBooleanField("cumulative", query.cumulative());
            json.writeStringField("mode", query.mode().name());
            JsonOutput.field(json, "asOf", query.filter().asOf());
            if (!query.filter().scenario().isIdentity()) {
                json.writeStringField("scenario", query.filter().scenario().name());
            }
            json.writeArrayFieldStart("periods");
            for (String label : timeline.periodLabels()) {
                json.writeString(label);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("series");
            for (TimelineSeries s : timeline.series()) {
                json.writeStartObject();
                json.writeStringField("key", s.key());
                JsonOutput.field(json, "label", s.label());
                json.writeArrayFieldStart("values");
                for (long v : s.values()) {
                    json.writeString(exact(v, timeline));
                }
                json.writeEndArray();
                json.writeStringField("total", exact(seriesTotal(s, query), timeline));
                json.writeArrayFieldStart("dealIds");
                for (String id : s.dealIds()) {
                    json.writeString(id);
                }
                json.writeEndArray();
                json.writeObjectFieldStart("caveats");
                for (Map.Entry<String, Integer> e : new TreeMap<>(s.caveats()).entrySet()) {
                    json.writeNumberField(e.getKey(), e.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("total", exact(timeline.grandTotal(), timeline));
            json.writeArrayFieldStart("undisclosedDealIds");
            for (String id : timeline.undisclosedDealIds()) {
                json.writeString(id);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** Wide CSV, as a spreadsheet wants it: a period column, one column per series (by key), a total. */
    private static void csv(Timeline timeline, PrintWriter out) {
        List<String> header = new ArrayList<>();
        header.add("period");
        header.add("period_start");
        for (TimelineSeries s : timeline.series()) {
            header.add(s.key());
        }
        header.add("total");
        CsvTable csv = CsvTable.withHeader(header);
        for (int p = 0; p < timeline.periodLabels().size(); p++) {
            List<Object> cells = new ArrayList<>();
            cells.add(timeline.periodLabels().get(p));
            cells.add(timeline.periodStarts().get(p).toString());
            long periodTotal = 0;
            for (TimelineSeries s : timeline.series()) {
                long v = s.values().get(p);
                periodTotal = ExactSums.add(periodTotal, v, timeline.currency() == null);
                cells.add(new BigDecimal(exact(v, timeline)));
            }
            cells.add(new BigDecimal(exact(periodTotal, timeline)));
            csv.row(cells);
        }
        csv.writeTo(out);
    }
}
