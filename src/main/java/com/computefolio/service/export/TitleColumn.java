package com.computefolio.service.export;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * The title page's left column (facts, summary, note, what was counted once, what was placed) laid out line by line
 * and cut into pages. A register with many umbrellas or placements, or a language whose sentences run longer, fills
 * more than the first page: the column then continues on pages of its own under a "(continued)" heading instead of
 * running into the footer. Every line's baseline stays at or above {@link ReportPainter#CONTENT_BOTTOM}.
 */
final class TitleColumn {

    /** Where the column starts on the first page: below the title, the register's name and the rule. */
    static final float FIRST_TOP = 186f;
    /** Where it starts on a continuation page: below the heading, as tables and sources do. */
    static final float NEXT_TOP = ReportPainter.MARGIN_TOP + ReportPainter.HEADING_HEIGHT;

    /** A line placed on its page: its baseline {@code y}, in page coordinates (y down). */
    record Line(String text, Font font, Color colour, float y) {
    }

    /** One wrapped paragraph line before pagination: the space above it (dropped at a page's top) and its height. */
    private record Flow(String text, Font font, Color colour, float gap, float height, boolean keepWithNext) {
    }

    private final List<Flow> flow = new ArrayList<>();
    private final double width;
    private float pendingGap;

    TitleColumn(double width) {
        this.width = width;
    }

    /** Space before whatever comes next; several in a row add up. */
    TitleColumn gap(float points) {
        pendingGap += points;
        return this;
    }

    /** A paragraph wrapped to the column, each line {@code lineHeight} below the one before. */
    TitleColumn paragraph(String content, Font font, Color colour, float lineHeight) {
        return add(content, font, colour, lineHeight, false);
    }

    /** A heading: kept on the page of the first line under it, never left alone at a page's foot. */
    TitleColumn heading(String content, Font font, Color colour, float lineHeight) {
        return add(content, font, colour, lineHeight, true);
    }

    private TitleColumn add(String content, Font font, Color colour, float lineHeight, boolean keepWithNext) {
        for (String line : TextWrap.lines(content, font, width)) {
            flow.add(new Flow(line, font, colour, pendingGap, lineHeight, keepWithNext));
            pendingGap = 0;
        }
        return this;
    }

    /** The lines of each page, the first page's first: at least one page, even for an empty column. */
    List<List<Line>> pages() {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float y = FIRST_TOP;
        for (int i = 0; i < flow.size(); i++) {
            Flow line = flow.get(i);
            float baseline = y + line.gap();
            if ((baseline > ReportPainter.CONTENT_BOTTOM || orphaned(i, baseline)) && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                baseline = NEXT_TOP;
            }
            page.add(new Line(line.text(), line.font(), line.colour(), baseline));
            y = baseline + line.height();
        }
        pages.add(page);
        return pages;
    }

    /** Whether the heading line {@code i}, placed at {@code baseline}, would end its page with no line of its own under it. */
    private boolean orphaned(int i, float baseline) {
        if (!flow.get(i).keepWithNext() || i + 1 == flow.size() || flow.get(i + 1).keepWithNext()) {
            return false;
        }
        return baseline + flow.get(i).height() + flow.get(i + 1).gap() > ReportPainter.CONTENT_BOTTOM;
    }
}
