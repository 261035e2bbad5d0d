package com.computefolio.service.export;

import com.computefolio.service.UnsourcedFigure;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ValueFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's sections after the deals table, as text: the unsourced figures (ADR 21: every one
 * is listed, up to {@value #LISTED_UNSOURCED}, then how many more) and, for a report at scale, the
 * deals left out of the table summarised by counterparty; and the lines that say so on the title
 * page and in the table's heading.
 */
final class ReportSections {

    /** Beyond this many the list says how many more: a register of drafts should not make the report a catalogue. */
    static final int LISTED_UNSOURCED = 200;

    private static final float[] UNSOURCED_WIDTHS = {0.38f, 0.32f, 0.16f, 0.14f};
    private static final boolean[] UNSOURCED_NUMERIC = {false, false, true, false};
    private static final float[] REST_WIDTHS = {0.46f, 0.14f, 0.22f, 0.18f};
    private static final boolean[] REST_NUMERIC = {false, true, true, true};

    private final ChartText text;
    private final ValueFormat format;

    ReportSections(ChartText text) {
        this.text = text;
        this.format = new ValueFormat(text);
    }

    /** The title-page line: how many figures are unsourced, or that none is. */
    String unsourcedFact(List<UnsourcedFigure> unsourced) {
        return unsourced.isEmpty() ? text.get("report.unsourced.none") : text.get("report.unsourced.fact", unsourced.size());
    }

    /** The deals table's heading: "Deals", or at scale how many of how many it lists. */
    String dealsTitle(ReportScale scale) {
        return scale.scaled() ? text.get("report.deals.largest", scale.listed().size(), scale.total()) : text.get("report.deals");
    }

    /** The sections in the order they follow the deals table; none when there is nothing to show. */
    List<ReportTable> tables(ReportScale scale, List<UnsourcedFigure> unsourced) {
        List<ReportTable> tables = new ArrayList<>();
        if (!unsourced.isEmpty()) {
            tables.add(unsourcedTable(unsourced));
        }
        if (scale.scaled()) {
            tables.add(restTable(scale));
        }
        return tables;
    }

    private ReportTable unsourcedTable(List<UnsourcedFigure> unsourced) {
        List<List<String>> rows = new ArrayList<>();
        for (UnsourcedFigure figure : unsourced.subList(0, Math.min(unsourced.size(), LISTED_UNSOURCED))) {
            rows.add(List.of(figure.dealTitle() + " (" + figure.dealId() + ")", field(figure), amount(figure),
                    figure.knownFrom().toString()));
        }
        if (unsourced.size() > LISTED_UNSOURCED) {
            rows.add(List.of(text.get("report.unsourced.more", unsourced.size() - LISTED_UNSOURCED), "", "", ""));
        }
        return new ReportTable(text.get("report.unsourced"), text.get("report.unsourced.intro"),
                List.of(text.get("report.column.deal"), text.get("report.unsourced.column.figure"), text.get("report.column.value"),
                        text.get("report.unsourced.column.asOf")),
                UNSOURCED_WIDTHS, UNSOURCED_NUMERIC, rows);
    }

    private ReportTable restTable(ReportScale scale) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportScale.RestRow row : scale.summarised()) {
            rows.add(List.of(row.counterparty(), Integer.toString(row.deals()),
                    row.commitmentsMinor() == 0 ? "\u2013" : format.money(row.commitmentsMinor(), "USD"),
                    row.kilowatts() == 0 ? "\u2013" : format.capacity(row.kilowatts())));
        }
        int first = scale.listed().size() + 1;
        return new ReportTable(text.get("report.rest", first, scale.total()),
                text.get("report.rest.intro", scale.listed().size(), first, scale.total()),
                List.of(text.get("report.column.counterparty"), text.get("report.glance.deals"), text.get("report.glance.commitments"),
                        text.get("report.column.gw")),
                REST_WIDTHS, REST_NUMERIC, rows);
    }

    private String field(UnsourcedFigure figure) {
        String field = text.get(switch (figure.field()) {
            case VALUE -> "report.unsourced.field.value";
            case OTHER_FIGURE -> "report.unsourced.field.other";
            case OPTION_VALUE -> "report.unsourced.field.option";
            case CAPACITY -> "report.unsourced.field.capacity";
        });
        return figure.label() == null ? field : field + ": " + figure.label();
    }

    private String amount(UnsourcedFigure figure) {
        if (figure.capacity() != null) {
            return format.capacity(figure.capacity().kilowatts());
        }
        return figure.amount() == null ? text.get("value.undisclosed")
                : format.money(figure.amount().minorUnits(), figure.amount().currency());
    }
}
