package com.computefolio.cli;

import com.computefolio.cli.TextTable.Align;
import com.computefolio.service.ExposureRow;
import com.computefolio.service.export.CsvTable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Prints exposure rows; a guarantee is marked contingent in every format, never summed with commitments. */
final class ExposurePrinter {
    private final CliMessages messages;

    ExposurePrinter(CliMessages messages) {
        this.messages = messages;
    }

    void print(List<ExposureRow> rows, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(rows, out);
            case JSON -> json(rows, out);
            case CSV -> csv(rows, out);
        }
    }

    private void table(List<ExposureRow> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println(messages.get("common.noDeals"));
            out.flush();
            return;
        }
        TextTable table = new TextTable()
                .column(messages.get("exposure.column.party"), Align.LEFT)
                .column(messages.get("exposure.column.role"), Align.LEFT)
                .column(messages.get("exposure.column.deals"), Align.RIGHT)
                .column(messages.get("exposure.column.amount"), Align.RIGHT);
        for (ExposureRow row : rows) {
            String amount = row.amountMinor() == 0 ? "-" : Amounts.readable(messages, row.amountMinor(), row.currency());
            table.row(Arrays.asList(row.partyName(), messages.get("exposure.role." + row.role()),
                    String.valueOf(row.deals()), row.contingent() ? messages.get("exposure.contingent", amount) : amount));
        }
        table.print(out);
        out.println(messages.get("exposure.note"));
        out.flush();
    }

    private static void json(List<ExposureRow> rows, PrintWriter out) {
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("rows");
            for (ExposureRow row : rows) {
                json.writeStartObject();
                json.writeStringField("party", row.partyId());
                json.writeStringField("partyName", row.partyName());
                json.writeStringField("role", row.role());
                json.writeNumberField("deals", row.deals());
                json.writeStringField("amount", Amounts.exact(row.amountMinor()));
                json.writeStringField("currency", row.currency());
                json.writeBooleanField("contingent", row.contingent());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void csv(List<ExposureRow> rows, PrintWriter out) {
        CsvTable csv = CsvTable.withHeader(List.of("party", "party_name", "role", "deals", "amount", "currency", "contingent"));
        for (ExposureRow row : rows) {
            csv.row(Arrays.asList(row.partyId(), row.partyName(), row.role(), row.deals(),
                    new BigDecimal(Amounts.exact(row.amountMinor())), row.currency(), row.contingent()));
        }
        csv.writeTo(out);
    }
}
