package com.computefolio.cli;

import com.computefolio.cli.TextTable.Align;
import com.computefolio.service.FlowRow;
import com.computefolio.service.Flows;
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

/**
 * Prints computed {@link Flows}: one row per buyer and counterparty with money out, in and net, the
 * circular pairs marked with the share of their purchases the seller's investment could pay for,
 * a total row and a row for the circular pairs together. Money is exact in json and csv.
 */
final class FlowsPrinter {
    private final CliMessages messages;

    FlowsPrinter(CliMessages messages) {
        this.messages = messages;
    }

    void print(Flows flows, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(flows, out);
            case JSON -> json(flows, out);
            case CSV -> csv(flows, out);
        }
    }

    private void table(Flows flows, PrintWriter out) {
        if (flows.isEmpty()) {
            out.println(messages.get("common.noDeals"));
            out.flush();
            return;
        }
        TextTable table = new TextTable()
                .column(messages.get("flows.column.buyer"), Align.LEFT)
                .column(messages.get("flows.column.counterparty"), Align.LEFT)
                .column(messages.get("flows.column.out"), Align.RIGHT)
                .column(messages.get("flows.column.in"), Align.RIGHT)
                .column(messages.get("flows.column.net"), Align.RIGHT)
                .column(messages.get("flows.column.financed"), Align.RIGHT)
                .column(messages.get("summary.column.caveats"), Align.LEFT);
        for (FlowRow row : flows.rows()) {
            table.row(cells(row.buyerName(), row.counterpartyName() + (row.circular() ? " " + messages.get("flows.circularMark") : ""),
                    row, true, flows.currency()));
        }
        // The total mixes circular and one-way pairs, so a financed share of it would mean nothing.
        table.total(cells(messages.get("table.total"), "", flows.total(), false, flows.currency()));
        if (!flows.circularRows().isEmpty()) {
            table.total(cells(messages.get("flows.circularTotal"), "", flows.circular(), true, flows.currency()));
        }
        if (flows.filter().asOf() != null) {
            out.println(messages.get("common.asOf", flows.filter().asOf()));
        }
        table.print(out);
        out.println(messages.get("flows.note"));
        out.flush();
    }

    private List<String> cells(String buyer, String counterparty, FlowRow row, boolean financed, String currency) {
        return Arrays.asList(buyer, counterparty, money(messages, row.outMinor(), currency), money(messages, row.inMinor(), currency),
                money(messages, row.netMinor(), currency),
                financed ? row.financedPercent().map(p -> p.toPlainString() + "%").orElse("-") : "-",
                Caveats.describe(row.caveats(), messages));
    }

    private static String money(CliMessages messages, long minor, String currency) {
        return minor == 0 ? "-" : Amounts.readable(messages, minor, currency);
    }

    private static void json(Flows flows, PrintWriter out) {
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            JsonOutput.field(json, "asOf", flows.filter().asOf());
            JsonOutput.field(json, "currency", flows.currency());
            json.writeArrayFieldStart("rows");
            for (FlowRow row : flows.rows()) {
                jsonRow(json, row, true, true);
            }
            json.writeEndArray();
            json.writeFieldName("total");
            jsonRow(json, flows.total(), false, false);
            json.writeFieldName("circular");
            jsonRow(json, flows.circular(), false, true);
            json.writeEndObject();
        });
    }

    private static void jsonRow(JsonGenerator json, FlowRow row, boolean pair, boolean financed) throws IOException {
        json.writeStartObject();
        if (pair) {
            JsonOutput.field(json, "buyer", row.buyerId());
            JsonOutput.field(json, "buyerName", row.buyerName());
            JsonOutput.field(json, "counterparty", row.counterpartyId());
            JsonOutput.field(json, "counterpartyName", row.counterpartyName());
            json.writeBooleanField("circular", row.circular());
        }
        json.writeNumberField("deals", row.deals());
        json.writeStringField("out", Amounts.exact(row.outMinor()));
        json.writeStringField("in", Amounts.exact(row.inMinor()));
        json.writeStringField("net", Amounts.exact(row.netMinor()));
        JsonOutput.field(json, "financedPercent",
                financed ? row.financedPercent().map(BigDecimal::toPlainString).orElse(null) : null);
        json.writeObjectFieldStart("caveats");
        for (Map.Entry<String, Integer> e : new TreeMap<>(row.caveats()).entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void csv(Flows flows, PrintWriter out) {
        CsvTable csv = CsvTable.withHeader(List.of("buyer", "buyer_name", "counterparty", "counterparty_name", "deals", "out",
                "in", "net", "currency", "circular", "financed_percent", "caveats"));
        for (FlowRow row : flows.rows()) {
            csv.row(csvCells(row.buyerId(), row.buyerName(), row.counterpartyId(), row.counterpartyName(), row, true,
                    flows.currency()));
        }
        csv.row(csvCells(Flows.TOTAL_KEY, "", "", "", flows.total(), false, flows.currency()));
        csv.row(csvCells(Flows.CIRCULAR_KEY, "", "", "", flows.circular(), true, flows.currency()));
        csv.writeTo(out);
    }

    private static List<Object> csvCells(String buyer, String buyerName, String counterparty, String counterpartyName,
                                         FlowRow row, boolean financed, String currency) {
        List<Object> cells = new ArrayList<>();
        cells.add(buyer);
        cells.add(buyerName);
        cells.add(counterparty);
        cells.add(counterpartyName);
        cells.add(row.deals());
        cells.add(new BigDecimal(Amounts.exact(row.outMinor())));
        cells.add(new BigDecimal(Amounts.exact(row.inMinor())));
        cells.add(new BigDecimal(Amounts.exact(row.netMinor())));
        cells.add(currency);
        cells.add(financed ? row.circular() : null);
        cells.add(financed ? row.financedPercent().orElse(null) : null);
        StringBuilder caveats = new StringBuilder();
        new TreeMap<>(row.caveats()).forEach((k, v) -> caveats.append(caveats.length() == 0 ? "" : ";").append(k).append('=').append(v));
        cells.add(caveats.toString());
        return cells;
    }
}
