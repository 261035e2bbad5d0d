package com.computefolio.cli;

import com.computefolio.cli.TextTable.Align;
import com.computefolio.domain.Deal;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealView;
import com.computefolio.service.LocalNames;
import com.computefolio.service.SummaryRow;
import com.computefolio.service.export.CsvTable;
import com.computefolio.service.export.DealJson;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Prints a {@link DealSelection}: the deals that passed a filter, each as seen on the as-of date,
 * and the selection's own totals, the very value {@code summary} and the window's status bar read,
 * so they can never disagree about a total.
 */
final class DealListPrinter {
    private static final int TITLE_WIDTH = 40;

    private final CliMessages messages;

    DealListPrinter(CliMessages messages) {
        this.messages = messages;
    }

    /** @param register the register the deals come from: JSON names their parties and sources from it */
    void print(Portfolio register, DealSelection selection, OutputFormat format, PrintWriter out) {
        List<DealView> deals = selection.rows();
        SummaryRow total = selection.totals();
        String currency = selection.currency();
        LocalDate asOf = selection.filter().asOf();
        switch (format) {
            case TABLE -> {
                String scenario = ScenarioText.line(selection.filter().scenario(), messages);
                if (scenario != null && !deals.isEmpty()) {
                    out.println(scenario);
                }
                table(LocalNames.of(register, messages.texts().locale()), deals, total, currency, asOf, out);
            }
            case JSON -> json(register, deals, total, currency, asOf, out);
            case CSV -> csv(deals, out);
        }
    }

    private void table(LocalNames names, List<DealView> deals, SummaryRow total, String currency, LocalDate asOf, PrintWriter out) {
        if (deals.isEmpty()) {
            out.println(messages.get("common.noDeals"));
            out.flush();
            return;
        }
        TextTable table = new TextTable()
                .ltrColumn(messages.get("list.column.id"))
                .column(messages.get("list.column.title"), Align.LEFT)
                .column(messages.get("list.column.buyer"), Align.LEFT)
                .column(messages.get("list.column.counterparty"), Align.LEFT)
                .column(messages.get("list.column.kind"), Align.LEFT)
                .column(messages.get("list.column.status"), Align.LEFT)
                .column(messages.get("list.column.value"), Align.RIGHT)
                .column(messages.get("list.column.basis"), Align.LEFT)
                .column(messages.get("list.column.confidence"), Align.LEFT)
                .ltrColumn(messages.get("list.column.term"))
                .column(messages.get("list.column.capacity"), Align.RIGHT);
        boolean anyAssumedTerm = false;
        for (DealView view : deals) {
            Revision r = view.revision();
            anyAssumedTerm |= r.term() != null && r.term().assumed();
            Deal deal = view.deal();
            table.row(Arrays.asList(deal.id(), DisplayWidth.shorten(names.title(deal), TITLE_WIDTH),
                    names.party(deal.buyerId()), names.party(deal.counterpartyId()),
                    messages.term(view.deal().kind()), messages.term(r.status()), DealText.totalValue(r, messages)
                            + (r.value().unsourced() ? " " + messages.get("show.unsourced") : ""), messages.term(r.value().basis()),
                    messages.term(r.value().confidence()), DealText.term(r.term()), DealText.capacity(r.capacity(), messages)));
        }
        String count = messages.get("list.total.deals", deals.size());
        table.total(totalRow(messages.get("list.total.commitments"), count, Amounts.readable(messages, total.commitmentsMinor(), currency)));
        table.total(totalRow(messages.get("list.total.inflows"), "", Amounts.readable(messages, total.inflowsMinor(), currency)));
        if (asOf != null) {
            out.println(messages.get("common.asOf", asOf));
        }
        table.print(out);
        if (anyAssumedTerm) {
            out.println(messages.get("list.legend.assumedTerm"));
        }
        out.flush();
    }

    private static List<String> totalRow(String label, String count, String value) {
        return Arrays.asList(label, count, "", "", "", "", value, "", "", "", "");
    }

    /** The deals in the portfolio file's shape (service.export.DealJson), then the as-of date and the totals. */
    private static void json(Portfolio register, List<DealView> deals, SummaryRow total, String currency, LocalDate asOf,
                             PrintWriter out) {
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("deals", deals.size());
        totals.put("currency", currency);
        totals.put("commitments", Amounts.exact(total.commitmentsMinor()));
        totals.put("inflows", Amounts.exact(total.inflowsMinor()));
        out.print(new DealJson().list(register, deals, asOf, totals));
        out.flush();
    }

    private static void csv(List<DealView> deals, PrintWriter out) {
        CsvTable csv = CsvTable.withHeader(List.of("id", "title", "buyer", "counterparty", "kind", "direction", "announced",
                "known_from", "status", "basis", "amount", "currency", "confidence", "total_value", "term_start", "term_months",
                "term_assumed", "capacity_gw", "tags"));
        for (DealView view : deals) {
            Deal d = view.deal();
            Revision r = view.revision();
            OptionalLong headline = HeadlineTotal.minorUnits(r);
            List<Object> cells = new ArrayList<>();
            cells.add(d.id());
            cells.add(d.title());
            cells.add(d.buyerId());
            cells.add(d.counterpartyId());
            cells.add(d.kind().name());
            cells.add(d.direction().name());
            cells.add(d.announced().toString());
            cells.add(r.knownFrom().toString());
            cells.add(r.status().name());
            cells.add(r.value().basis().name());
            cells.add(r.value().amount() == null ? null : new BigDecimal(Amounts.exact(r.value().amount().minorUnits())));
            cells.add(r.value().amount() == null ? null : r.value().amount().currency());
            cells.add(r.value().confidence().name());
            cells.add(headline.isPresent() ? new BigDecimal(Amounts.exact(headline.getAsLong())) : null);
            cells.add(r.term() == null ? null : r.term().start().toString());
            cells.add(r.term() == null ? null : r.term().months());
            cells.add(r.term() == null ? null : Boolean.toString(r.term().assumed()));
            cells.add(r.capacity() == null ? null : new BigDecimal(Amounts.gigawatts(r.capacity().kilowatts())));
            cells.add(String.join(";", d.tags()));
            csv.row(cells);
        }
        csv.writeTo(out);
    }
}
