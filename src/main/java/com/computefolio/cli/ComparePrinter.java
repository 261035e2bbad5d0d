package com.computefolio.cli;

import com.computefolio.cli.TextTable.Align;
import com.computefolio.service.DealFilter;
import com.computefolio.service.ScenarioTotals;
import com.computefolio.service.export.CsvTable;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** Prints a scenario comparison: one row per scenario, as a table, JSON or CSV. */
final class ComparePrinter {

    private final CliMessages messages;

    ComparePrinter(CliMessages messages) {
        this.messages = messages;
    }

    void print(List<ScenarioTotals> totals, DealFilter filter, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(totals, filter, out);
            case JSON -> json(totals, filter, out);
            case CSV -> csv(totals, out);
        }
    }

    private void table(List<ScenarioTotals> totals, DealFilter filter, PrintWriter out) {
        TextTable table = new TextTable()
                .column(messages.get("compare.column.scenario"), Align.LEFT)
                .column(messages.get("summary.column.deals"), Align.RIGHT)
                .column(messages.get("summary.column.commitments"), Align.RIGHT)
                .column(messages.get("summary.column.inflows"), Align.RIGHT)
                .column(messages.get("summary.column.capacity"), Align.RIGHT);
        for (ScenarioTotals t : totals) {
            table.row(Arrays.asList(ScenarioText.words(t.scenario(), messages), Integer.toString(t.totals().deals()),
                    money(messages, t.totals().commitmentsMinor(), t.currency()), money(messages, t.totals().inflowsMinor(), t.currency()),
                    t.totals().kilowatts() == 0 ? "-" : Amounts.readableGigawatts(messages, t.totals().kilowatts())));
        }
        if (filter.asOf() != null) {
            out.println(messages.get("common.asOf", filter.asOf()));
        }
        table.print(out);
        out.flush();
    }

    private static String money(CliMessages messages, long minor, String currency) {
        return minor == 0 ? "-" : Amounts.readable(messages, minor, currency);
    }

    private static void json(List<ScenarioTotals> totals, DealFilter filter, PrintWriter out) {
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            JsonOutput.field(json, "asOf", filter.asOf());
            json.writeArrayFieldStart("scenarios");
            for (ScenarioTotals t : totals) {
                json.writeStartObject();
                json.writeStringField("scenario", t.scenario().name());
                json.writeNumberField("delayMonths", t.scenario().stress().delayMonths());
                json.writeStringField("haircutPercent", t.scenario().stress().haircutPercent().toPlainString());
                json.writeNumberField("deals", t.totals().deals());
                json.writeStringField("commitments", Amounts.exact(t.totals().commitmentsMinor()));
                json.writeStringField("inflows", Amounts.exact(t.totals().inflowsMinor()));
                JsonOutput.field(json, "currency", t.currency());
                json.writeStringField("capacityGw", Amounts.gigawatts(t.totals().kilowatts()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void csv(List<ScenarioTotals> totals, PrintWriter out) {
        CsvTable csv = CsvTable.withHeader(List.of("scenario", "delay_months", "haircut_percent", "deals", "commitments",
                "inflows", "currency", "capacity_gw"));
        for (ScenarioTotals t : totals) {
            csv.row(List.of(t.scenario().name(), Integer.toString(t.scenario().stress().delayMonths()),
                    t.scenario().stress().haircutPercent().toPlainString(), Integer.toString(t.totals().deals()),
                    Amounts.exact(t.totals().commitmentsMinor()), Amounts.exact(t.totals().inflowsMinor()),
                    t.currency() == null ? "" : t.currency(), Amounts.gigawatts(t.totals().kilowatts())));
        }
        csv.writeTo(out);
    }
}
