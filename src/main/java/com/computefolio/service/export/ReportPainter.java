package com.computefolio.service.export;

import com.computefolio.service.SummaryRow;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.SourceRef;
import com.computefolio.service.chart.ValueFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Draws the pages of a report onto a Graphics2D canvas of one page (A4 landscape, in points):
 * title page, contents, charts, the deals table, the sources appendix and the page footer. Knows
 * nothing of PDF; the same code could draw a preview. Also measures, so that pagination and
 * drawing agree.
 */
final class ReportPainter {

    static final float PAGE_WIDTH = 842f;
    static final float PAGE_HEIGHT = 595f;
    static final float MARGIN_X = 42f;
    static final float MARGIN_TOP = 40f;
    static final float MARGIN_BOTTOM = 44f;
    static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
    static final float CONTENT_BOTTOM = PAGE_HEIGHT - MARGIN_BOTTOM;
    /** The footer's line (page number, register) and its font's size: nothing else may reach below its top. */
    static final float FOOTER_BASELINE = PAGE_HEIGHT - 22;
    static final float FOOTER_SIZE = 8f;
    static final float FOOTER_TOP = FOOTER_BASELINE - FOOTER_SIZE;

    static final float ROW_HEIGHT = 15f;
    /** Width of the title page's left column (title, facts); the at-a-glance table takes the right. */
    private static final float TITLE_COLUMN = 400f;
    private static final float GLANCE_TOP = 186f;
    private static final int GLANCE_ROWS = 14;
    static final float HEADING_HEIGHT = 34f;
    private static final float SOURCE_LINE = 12.5f;
    private static final float SOURCE_GAP = 5f;
    private static final float NUMBER_COLUMN = 34f;

    private static final Color TEXT = new Color(0x222222);
    private static final Color MUTED = new Color(0x555555);
    private static final Color RULE = new Color(0xCCCCCC);
    private static final Color BAND = new Color(0xF3F3F3);
    private static final Color LINK = new Color(0x1F5A96);

    /** Deals table columns: share of the content width (Value fits an umbrella's "$500B (counted $193B)"), and whether numbers (right-aligned). */
    private static final float[] COLUMN_WIDTHS = {0.22f, 0.14f, 0.125f, 0.11f, 0.15f, 0.05f, 0.085f, 0.12f};
    private static final boolean[] NUMERIC = {false, false, false, false, true, true, false, false};

    private final ChartFonts fonts;
    private final ChartText text;
    private final ValueFormat format;

    ReportPainter(ChartFonts fonts, ChartText text) {
        this.fonts = fonts;
        this.text = text;
        this.format = new ValueFormat(text);
    }

    /** A line of the contents: its title, page, and where it was drawn (for a link). */
    record ContentsEntry(String title, int page, boolean indented) {
    }

    /** A source entry laid out: its number, the wrapped description and the wrapped URL (which becomes a link). */
    record SourceEntry(SourceRef ref, List<String> lines, List<String> urlLines) {
        float height() {
            return (lines.size() + urlLines.size()) * SOURCE_LINE + SOURCE_GAP;
        }
    }

    /** Rectangles (in page coordinates, y down) that should become links, with their targets. */
    record LinkArea(Rectangle2D area, String url, int page) {
    }

    /**
     * The title page's left column laid out into pages ({@link TitleColumn}): the first beside the title and the table
     * at a glance, any further ones continuing it where the footer would otherwise cut it.
     */
    List<List<TitleColumn.Line>> titleColumn(List<String> facts, String summary, String note, List<String> netting,
                                             List<String> placements) {
        TitleColumn column = new TitleColumn(TITLE_COLUMN);
        Font body = fonts.regular(12);
        for (String fact : facts) {
            column.paragraph(fact, body, TEXT, 17).gap(4);
        }
        column.gap(12).paragraph(summary, fonts.bold(12), TEXT, 17);
        column.gap(20).paragraph(note, fonts.regular(10), MUTED, 14);
        if (!netting.isEmpty()) {
            // What was counted once, line by line, so the total above can be checked against the gross sum.
            column.gap(14).heading(text.get("report.netted.heading"), fonts.bold(10), TEXT, 14);
            for (String line : netting) {
                column.paragraph(line, fonts.regular(10), TEXT, 14).gap(4);
            }
        }
        if (!placements.isEmpty()) {
            // What the charts place at times no source states, so a reader can see what is assumed.
            column.gap(10).heading(text.get("report.placements.heading"), fonts.bold(10), TEXT, 14);
            for (String line : placements) {
                column.paragraph(line, fonts.regular(9), TEXT, 12).gap(2);
            }
        }
        return column.pages();
    }

    /** The first page: the title, the register's name, a rule and the first part of the column. */
    void titlePage(Graphics2D g, String portfolio, List<TitleColumn.Line> lines) {
        float y = 110;
        g.setColor(TEXT);
        g.setFont(fonts.bold(28));
        g.drawString(text.get("report.title"), MARGIN_X, y);
        y += 34;
        g.setFont(fonts.bold(16));
        g.drawString(text.get("report.portfolio", portfolio), MARGIN_X, y);
        y += 14;
        g.setColor(RULE);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Float(MARGIN_X, y, MARGIN_X + CONTENT_WIDTH, y));
        columnLines(g, lines);
    }

    /** A page that continues the title page's column. */
    void titleContinued(Graphics2D g, List<TitleColumn.Line> lines) {
        heading(g, text.get("report.continued", text.get("report.title")));
        columnLines(g, lines);
    }

    private static void columnLines(Graphics2D g, List<TitleColumn.Line> lines) {
        for (TitleColumn.Line line : lines) {
            g.setFont(line.font());
            g.setColor(line.colour());
            g.drawString(line.text(), MARGIN_X, line.y());
        }
    }

    /** The title page's table of the largest counterparties, right of the facts. */
    void glanceTable(Graphics2D g, List<SummaryRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        float x = MARGIN_X + TITLE_COLUMN + 36;
        float width = MARGIN_X + CONTENT_WIDTH - x;
        float y = GLANCE_TOP;
        g.setFont(fonts.bold(11));
        g.setColor(TEXT);
        g.drawString(text.get("report.glance"), x, y);
        y += 20;
        float[] columns = {0.44f, 0.11f, 0.26f, 0.19f};
        String[] header = {text.get("report.column.counterparty"), text.get("report.glance.deals"), text.get("report.glance.commitments"),
            text.get("report.column.gw")};
        glanceRow(g, header, x, width, columns, y, fonts.bold(8.5f));
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Float(x, y + 4, x + width, y + 4));
        y += ROW_HEIGHT * 1.3f;
        int shown = Math.min(rows.size(), GLANCE_ROWS);
        for (int i = 0; i < shown; i++) {
            SummaryRow row = rows.get(i);
            if (i % 2 == 1) {
                g.setColor(BAND);
                g.fill(new Rectangle2D.Float(x, y - ROW_HEIGHT + 4, width, ROW_HEIGHT));
            }
            String[] cells = {row.label(), Integer.toString(row.deals()),
                row.commitmentsMinor() == 0 ? "–" : format.money(row.commitmentsMinor(), "USD"),
                row.kilowatts() == 0 ? "–" : format.capacity(row.kilowatts())};
            glanceRow(g, cells, x, width, columns, y, fonts.regular(8.5f));
            y += ROW_HEIGHT;
        }
        if (rows.size() > shown) {
            g.setColor(MUTED);
            g.setFont(fonts.regular(8.5f));
            g.drawString(text.get("report.glance.more", rows.size() - shown), x, y);
        }
    }

    private void glanceRow(Graphics2D g, String[] cells, float x, float width, float[] columns, float y, Font font) {
        g.setFont(font);
        g.setColor(TEXT);
        float cx = x;
        for (int c = 0; c < cells.length; c++) {
            float w = columns[c] * width;
            String cell = TextWrap.fit(cells[c], font, w - 6);
            g.drawString(cell, c == 0 ? cx : (float) (cx + w - TextWrap.width(cell, font)), y);
            cx += w;
        }
    }

    List<LinkArea> contentsPage(Graphics2D g, List<ContentsEntry> entries) {
        float y = heading(g, text.get("report.contents"));
        List<LinkArea> links = new ArrayList<>();
        Font font = fonts.regular(12);
        for (ContentsEntry entry : entries) {
            float x = MARGIN_X + (entry.indented() ? 22 : 0);
            String number = Integer.toString(entry.page());
            float numberX = (float) (MARGIN_X + CONTENT_WIDTH - TextWrap.width(number, font));
            String title = TextWrap.fit(entry.title(), font, numberX - x - 40);
            g.setFont(font);
            g.setColor(TEXT);
            g.drawString(title, x, y);
            g.drawString(number, numberX, y);
            g.setColor(RULE);
            g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {0.5f, 3f}, 0f));
            g.draw(new Line2D.Double(x + TextWrap.width(title, font) + 6, y, numberX - 6, y));
            links.add(new LinkArea(new Rectangle2D.Float(x, y - 12, MARGIN_X + CONTENT_WIDTH - x, 16), null, entry.page()));
            y += 22;
        }
        return links;
    }

    void chartPage(Graphics2D g, JFreeChart chart) {
        chart.draw(g, chartArea());
    }

    static Rectangle2D chartArea() {
        return new Rectangle2D.Float(MARGIN_X - 8, MARGIN_TOP - 8, CONTENT_WIDTH + 16, CONTENT_BOTTOM - MARGIN_TOP + 8);
    }

    /** Table rows that fit on a page under the heading and the column header. */
    static int dealRowsPerPage() {
        return (int) ((CONTENT_BOTTOM - MARGIN_TOP - HEADING_HEIGHT - ROW_HEIGHT * 1.4f) / ROW_HEIGHT);
    }

    void dealsPage(Graphics2D g, List<DealRow> rows, List<String> sourceNumbers, String title, boolean continued) {
        float y = heading(g, continued ? text.get("report.continued", title) : title);
        String[] header = {text.get("report.column.deal"), text.get("report.column.counterparty"), text.get("report.column.kind"),
            text.get("report.column.status"), text.get("report.column.value"), text.get("report.column.gw"),
            text.get("report.column.confidence"), text.get("report.column.sources")};
        tableRow(g, header, y, fonts.bold(8.5f), TEXT);
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Float(MARGIN_X, y + 4, MARGIN_X + CONTENT_WIDTH, y + 4));
        y += ROW_HEIGHT * 1.4f;
        Font font = fonts.regular(8.5f);
        for (int i = 0; i < rows.size(); i++) {
            if (i % 2 == 1) {
                g.setColor(BAND);
                g.fill(new Rectangle2D.Float(MARGIN_X, y - ROW_HEIGHT + 4, CONTENT_WIDTH, ROW_HEIGHT));
            }
            DealRow d = rows.get(i);
            String[] cells = {d.title(), d.counterparty(), d.kind(), d.status(), value(d),
                d.gigawatts() == null ? "" : d.gigawatts().toPlainString(), d.confidence(), sourceNumbers.get(i)};
            tableRow(g, cells, y, font, TEXT);
            y += ROW_HEIGHT;
        }
    }

    /** Lays the sources out as wrapped entries. */
    List<SourceEntry> layOutSources(List<SourceRef> refs) {
        Font font = fonts.regular(9);
        List<SourceEntry> entries = new ArrayList<>();
        for (SourceRef ref : refs) {
            double width = CONTENT_WIDTH - NUMBER_COLUMN;
            entries.add(new SourceEntry(ref, TextWrap.lines(describe(ref), font, width),
                    TextWrap.lines(ref.source().url(), font, width)));
        }
        return entries;
    }

    /** Space for source entries on a page; the first page also carries the introduction. */
    static float sourcesSpace(boolean first) {
        return CONTENT_BOTTOM - MARGIN_TOP - HEADING_HEIGHT - (first ? 24 : 0);
    }

    List<LinkArea> sourcesPage(Graphics2D g, List<SourceEntry> entries, boolean first) {
        float y = heading(g, first ? text.get("report.sources") : text.get("report.continued", text.get("report.sources")));
        if (first) {
            g.setColor(MUTED);
            g.setFont(fonts.regular(10));
            g.drawString(text.get("report.sources.intro"), MARGIN_X, y);
            y += 24;
        }
        List<LinkArea> links = new ArrayList<>();
        Font font = fonts.regular(9);
        for (SourceEntry entry : entries) {
            g.setFont(fonts.bold(9));
            g.setColor(TEXT);
            g.drawString("[" + entry.ref().number() + "]", MARGIN_X, y);
            g.setFont(font);
            g.setColor(TEXT);
            for (String line : entry.lines()) {
                g.drawString(line, MARGIN_X + NUMBER_COLUMN, y);
                y += SOURCE_LINE;
            }
            g.setColor(LINK);
            for (String line : entry.urlLines()) {
                g.drawString(line, MARGIN_X + NUMBER_COLUMN, y);
                links.add(new LinkArea(new Rectangle2D.Double(MARGIN_X + NUMBER_COLUMN, y - 9, TextWrap.width(line, font), SOURCE_LINE),
                        entry.ref().source().url(), 0));
                y += SOURCE_LINE;
            }
            y += SOURCE_GAP;
        }
        return links;
    }

    void footer(Graphics2D g, String left, int page, int pages) {
        Font font = fonts.regular(FOOTER_SIZE);
        g.setFont(font);
        g.setColor(MUTED);
        float y = FOOTER_BASELINE;
        g.drawString(TextWrap.fit(left, font, CONTENT_WIDTH * 0.7), MARGIN_X, y);
        String number = text.get("report.page", page, pages);
        g.drawString(number, (float) (MARGIN_X + CONTENT_WIDTH - TextWrap.width(number, font)), y);
    }

    /** "Publisher — Title. Published 2025-11-04. “Quote”"; the URL goes on lines of its own. */
    private String describe(SourceRef ref) {
        var s = ref.source();
        StringBuilder sb = new StringBuilder(s.publisher().strip());
        if (s.title() != null && !s.title().isBlank()) {
            sb.append(" \u2014 ").append(s.title().strip());
        }
        sb.append('.');
        if (s.published() != null) {
            sb.append(' ').append(text.get("report.source.published", s.published().toString())).append('.');
        }
        if (s.quote() != null && !s.quote().isBlank()) {
            sb.append(" \u201c").append(s.quote().strip()).append('\u201d');
        }
        return sb.toString();
    }

    private String value(DealRow d) {
        if (d.valueBillions() == null) {
            return text.get("value.undisclosed");
        }
        String amount = format.money(minor(d.valueBillions()), d.currency());
        String headline = "UP_TO".equals(d.basis()) ? text.get("value.upTo", amount) : amount;
        // An umbrella: its own headline, with what the totals count of it once its named parts are taken off (ADR 18).
        return d.netted() ? text.get("value.counted", headline, format.money(minor(d.countedBillions()), d.currency())) : headline;
    }

    private static long minor(java.math.BigDecimal billions) {
        return billions.movePointRight(11).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }

    private void tableRow(Graphics2D g, String[] cells, float y, Font font, Color colour) {
        g.setFont(font);
        g.setColor(colour);
        float x = MARGIN_X;
        for (int c = 0; c < cells.length; c++) {
            float width = COLUMN_WIDTHS[c] * CONTENT_WIDTH;
            String cell = TextWrap.fit(cells[c], font, width - 8);
            float cellX = NUMERIC[c] ? (float) (x + width - 8 - TextWrap.width(cell, font)) : x;
            g.drawString(cell, cellX, y);
            x += width;
        }
    }

    /** Draws a page heading and returns the baseline of the first line under it. */
    private float heading(Graphics2D g, String title) {
        g.setFont(fonts.bold(16));
        g.setColor(TEXT);
        g.drawString(title, MARGIN_X, MARGIN_TOP + 12);
        return MARGIN_TOP + HEADING_HEIGHT;
    }
}
