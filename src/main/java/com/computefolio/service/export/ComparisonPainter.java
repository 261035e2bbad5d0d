package com.computefolio.service.export;

import com.computefolio.service.render.ChartFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * Draws the report's comparison page: the table of views against the published totals (the first
 * column wide, the numbers right-aligned in equal columns), then the paragraphs that explain it.
 */
final class ComparisonPainter {

    private static final Color TEXT = new Color(0x222222);
    private static final float FIRST_COLUMN = 0.22f;
    private static final float LINE = 15f;
    private static final int HEADER_LINES = 3;

    private final ChartFonts fonts;

    ComparisonPainter(ChartFonts fonts) {
        this.fonts = fonts;
    }

    void page(Graphics2D g, PublishedComparison.Page page) {
        g.setColor(TEXT);
        g.setFont(fonts.bold(16));
        g.drawString(page.title(), ReportPainter.MARGIN_X, ReportPainter.MARGIN_TOP + 12);
        float y = ReportPainter.MARGIN_TOP + ReportPainter.HEADING_HEIGHT;
        int columns = page.header().size();
        float other = (1 - FIRST_COLUMN) / Math.max(1, columns - 1);
        y = row(g, page.header(), y, fonts.bold(8.5f), other);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Float(ReportPainter.MARGIN_X, y - LINE + 6, ReportPainter.MARGIN_X + ReportPainter.CONTENT_WIDTH, y - LINE + 6));
        y += 3;
        for (List<String> cells : page.cells()) {
            y = row(g, cells, y, fonts.regular(9), other);
        }
        y += LINE;
        Font body = fonts.regular(10);
        g.setFont(body);
        for (String paragraph : page.paragraphs()) {
            for (String line : TextWrap.lines(paragraph, body, ReportPainter.CONTENT_WIDTH)) {
                if (y > ReportPainter.CONTENT_BOTTOM) {
                    return;
                }
                g.drawString(line, ReportPainter.MARGIN_X, y);
                y += 13.5f;
            }
            y += 5;
        }
    }

    /** One row of cells; a header cell too long for its column wraps onto up to three lines. Returns the next baseline. */
    private float row(Graphics2D g, List<String> cells, float y, Font font, float otherWidth) {
        g.setFont(font);
        float x = ReportPainter.MARGIN_X;
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            float width = (c == 0 ? FIRST_COLUMN : otherWidth) * ReportPainter.CONTENT_WIDTH;
            List<String> wrapped = TextWrap.lines(cells.get(c), font, width - 8);
            for (int l = 0; l < Math.min(HEADER_LINES, wrapped.size()); l++) {
                String cell = TextWrap.fit(wrapped.get(l), font, width - 8);
                float cellX = c == 0 ? x : (float) (x + width - 8 - TextWrap.width(cell, font));
                g.drawString(cell, cellX, y + l * 11);
            }
            lines = Math.max(lines, Math.min(HEADER_LINES, wrapped.size()));
            x += width;
        }
        return y + LINE + (lines - 1) * 11;
    }
}
