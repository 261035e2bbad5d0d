package com.computefolio.cli;

import com.computefolio.cli.TextTable.Align;
import com.computefolio.service.NettingLine;
import com.computefolio.service.Summary;
import com.computefolio.service.SummaryRow;
import com.computefolio.service.export.CsvTable;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints a computed {@link Summary}: one row per group and a total row. */
final class SummaryPrinter {
    private final CliMessages messages;

    SummaryPrinter(CliMessages messages) {
        this.messages = messages;
    }

    void print(Summary summary, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(summary, out);
            case JSON -> json(summary, out);
            case CSV -> csv(summary, out);
        }
    }

    private void table(Summary summary, PrintWriter out) {
        if (summary.rows().isEmpty()) {
            out.println(messages.get("common.noDeals"));
            out.flush();
            return;
        }
        TextTable table = new TextTable()
                .column(messages.get("summary.column.group." + summary.groupBy().name()), Align.LEFT)
                .column(messages.get("summary.column.deals"), Align.RIGHT)
                .column(messages.get("summary.column.commitments"), Align.RIGHT)
                .column(messages.get("summary.column.inflows"), Align.RIGHT)
                .column(messages.get("summary.column.capacity"), Align.RIGHT)
                .column(messages.get("summary.column.caveats"), Align.LEFT);
        for (SummaryRow row : summary.rows()) {
            table.row(tableCells(messages.groupLabel(summary.groupBy(), row.key(), row.label()), row, summary.currency()));
        }
        table.total(tableCells(messages.get("table.total"), summary.total(), summary.currency()));
        String scenario = ScenarioText.line(summary.filter().scenario(), messages);
        if (scenario != null) {
            out.println(scenario);
        }
        if (summary.filter().asOf() != null) {
            out.println(messages.get("common.asOf", summary.filter().asOf()));
        }
        table.print(out);
    }

    /**
     * Under the table, one line per umbrella that overlap netting reduced, so that the difference
     * from the gross sum can be checked line by line; nothing when nothing was netted.
     */
    void netting(List<NettingLine> lines, PrintWriter out) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(messages.get("summary.netted.heading"));
        for (NettingLine line : lines) {
            out.println(messages.get("summary.netted.line", line.umbrellaTitle(),
                    line.moneyDisclosed() ? Amounts.readable(messages, line.grossMinor(), line.currency()) : "-",
                    line.moneyDisclosed() ? Amounts.readable(messages, line.partsMinor(), line.currency()) : "-",
                    line.moneyDisclosed() ? Amounts.readable(messages, line.countedMinor(), line.currency()) : "-",
                    Amounts.readableGigawatts(messages, line.grossKilowatts()), Amounts.readableGigawatts(messages, line.partsKilowatts()),
                    Amounts.readableGigawatts(messages, line.countedKilowatts()), String.join(", ", line.partIds())));
        }
        out.println(messages.get("summary.netted.gross"));
        out.flush();
    }

    private List<String> tableCells(String label, SummaryRow row, String currency) {
        return Arrays.asList(label, Integer.toString(row.deals()), money(messages, row.commitmentsMinor(), currency),
                money(messages, row.inflowsMinor(), currency), capacity(messages, row.kilowatts()), Caveats.describe(row.caveats(), messages));
    }

    private static String money(CliMessages messages, long minor, String currency) {
        return minor == 0 ? "-" : Amounts.readable(messages, minor, currency);
    }

    private static String capacity(CliMessages messages, long kilowatts) {
        return kilowatts == 0 ? "-" : Amounts.readableGigawatts(messages, kilowatts);
    }

    private static void json(Summary summary, PrintWriter out) {
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("groupBy", summary.groupBy().name());
            JsonOutput.field(json, "asOf", summary.filter().asOf());
            if (!summary.filter().scenario().isIdentity()) {
                json.writeStringField("scenario", summary.filter().scenario().name());
            }
            JsonOutput.field(json, "currency", summary.currency());
            json.writeArrayFieldStart("rows");
            for (SummaryRow row : summary.rows()) {
                jsonRow(json, row);
            }
            json.writeEndArray();
            json.writeFieldName("total");
            jsonRow(json, summary.total());
            json.writeEndObject();
        });
    }

    private static void jsonRow(JsonGenerator json, SummaryRow row) throws IOException {
        json.writeStartObject();
        JsonOutput.field(json, "key", row.key());
        JsonOutput.field(json, "label", row.label());
        json.writeNumberField("deals", row.deals());
        json.writeStringField("commitments", Amounts.exact(row.commitmentsMinor()));
        json.writeStringField("inflows", Amounts.exact(row.inflowsMinor()));
        json.writeStringField("capacityGw", Amounts.gigawatts(row.kilowatts()));
        json.writeObjectFieldStart("caveats");
        for (Map.Entry<String, Integer> e : new TreeMap<>(row.caveats()).entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void csv(Summary summary, PrintWriter out) {
        // A scenario other than the default is named in a last column, so the default file stays as it was.
        boolean named = !summary.filter().scenario().isIdentity();
        List<String> header = new ArrayList<>(List.of("key", "label", "deals", "commitments", "inflows", "currency", "capacity_gw",
                "caveats"));
        if (named) {
            header.add("scenario");
        }
        CsvTable csv = CsvTable.withHeader(header);
        for (SummaryRow row : summary.rows()) {
            csv.row(scenarioCell(csvCells(row, summary.currency()), summary, named));
        }
        csv.row(scenarioCell(csvCells(summary.total(), summary.currency()), summary, named));
        csv.writeTo(out);
    }

    private static List<Object> scenarioCell(List<Object> cells, Summary summary, boolean named) {
        if (named) {
            cells.add(summary.filter().scenario().name());
        }
        return cells;
    }

    private static List<Object> csvCells(SummaryRow row, String currency) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.key());
        cells.add(row.label());
        cells.add(row.deals());
        cells.add(new BigDecimal(Amounts.exact(row.commitmentsMinor())));
        cells.add(new BigDecimal(Amounts.exact(row.inflowsMinor())));
        cells.add(currency);
        cells.add(new BigDecimal(Amounts.gigawatts(row.kilowatts())));
        StringBuilder caveats = new StringBuilder();
        new TreeMap<>(row.caveats()).forEach((k, v) -> caveats.append(caveats.length() == 0 ? "" : ";").append(k).append('=').append(v));
        cells.add(caveats.toString());
        return cells;
    }
}
