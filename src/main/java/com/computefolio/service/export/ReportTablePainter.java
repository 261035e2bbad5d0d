package com.computefolio.service.export;

import com.computefolio.service.render.ChartFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws the pages of a {@link ReportTable} in the deals table's layout (heading, banded rows), and
 * measures how many rows fit, so that pagination and drawing agree. Apart from {@link ReportPainter}
 * so that new sections add no weight to the page drawing every report shares.
 */
final class ReportTablePainter {

    private static final Color TEXT = new Color(0x222222);
    private static final Color MUTED = new Color(0x555555);
    private static final Color BAND = new Color(0xF3F3F3);
    private static final float INTRO_LINE = 14f;
    private static final float INTRO_GAP = 10f;

    private final ChartFonts fonts;

    ReportTablePainter(ChartFonts fonts) {
        this.fonts = fonts;
    }

    /** Rows that fit on the table's first page (under its introduction) or on a following page. */
    int rowsPerPage(ReportTable table, boolean first) {
        float top = ReportPainter.MARGIN_TOP + ReportPainter.HEADING_HEIGHT + (first ? introHeight(table) : 0);
        return Math.max(1, (int) ((ReportPainter.CONTENT_BOTTOM - top - ReportPainter.ROW_HEIGHT * 1.4f) / ReportPainter.ROW_HEIGHT));
    }

    void page(Graphics2D g, ReportTable table, List<List<String>> rows, boolean first, String continuedTitle) {
        g.setFont(fonts.bold(16));
        g.setColor(TEXT);
        g.drawString(first ? table.title() : continuedTitle, ReportPainter.MARGIN_X, ReportPainter.MARGIN_TOP + 12);
        float y = ReportPainter.MARGIN_TOP + ReportPainter.HEADING_HEIGHT;
        if (first) {
            g.setColor(MUTED);
            g.setFont(introFont());
            for (String line : introLines(table)) {
                g.drawString(line, ReportPainter.MARGIN_X, y);
                y += INTRO_LINE;
            }
            y += INTRO_GAP;
        }
        row(g, table, table.header(), y, fonts.bold(8.5f));
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Float(ReportPainter.MARGIN_X, y + 4, ReportPainter.MARGIN_X + ReportPainter.CONTENT_WIDTH, y + 4));
        y += ReportPainter.ROW_HEIGHT * 1.4f;
        Font font = fonts.regular(8.5f);
        for (int i = 0; i < rows.size(); i++) {
            if (i % 2 == 1) {
                g.setColor(BAND);
                g.fill(new Rectangle2D.Float(ReportPainter.MARGIN_X, y - ReportPainter.ROW_HEIGHT + 4, ReportPainter.CONTENT_WIDTH,
                        ReportPainter.ROW_HEIGHT));
            }
            row(g, table, rows.get(i), y, font);
            y += ReportPainter.ROW_HEIGHT;
        }
    }

    private void row(Graphics2D g, ReportTable table, List<String> cells, float y, Font font) {
        g.setFont(font);
        g.setColor(TEXT);
        float x = ReportPainter.MARGIN_X;
        for (int c = 0; c < cells.size(); c++) {
            float width = table.widths()[c] * ReportPainter.CONTENT_WIDTH;
            String cell = TextWrap.fit(cells.get(c) == null ? "" : cells.get(c), font, width - 8);
            float cellX = table.numeric()[c] ? (float) (x + width - 8 - TextWrap.width(cell, font)) : x;
            g.drawString(cell, cellX, y);
            x += width;
        }
    }

    private float introHeight(ReportTable table) {
        return introLines(table).size() * INTRO_LINE + INTRO_GAP;
    }

    private List<String> introLines(ReportTable table) {
        return TextWrap.lines(table.intro(), introFont(), ReportPainter.CONTENT_WIDTH);
    }

    private Font introFont() {
        return fonts.regular(10);
    }
}
