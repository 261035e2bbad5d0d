package com.computefolio.service.render;

import com.computefolio.service.chart.ChartColor;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.FigureMark;
import com.computefolio.service.chart.Palette;
import com.computefolio.service.chart.SeriesStyle;
import com.computefolio.service.chart.TimelineBar;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.RectangularShape;
import java.util.List;
import java.util.Set;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/** Paints a bar as before (fill, then edge), then the hatching of its series' marks over it. */
final class HatchedBarPainter extends StandardXYBarPainter {

    private static final long serialVersionUID = 1L;

    /** What one dataset series (a row) is hatched with, and in which colour. */
    record Row(Set<FigureMark> marks, Color ink) {
        static Row of(Set<FigureMark> marks, SeriesStyle style, ChartColor colour) {
            return new Row(marks, Hatching.ink(style == SeriesStyle.SOLID, ChartStyle.awt(Palette.edge(colour))));
        }
    }

    private final transient List<Row> rows;
    private final transient Hatching hatching = new Hatching();

    private HatchedBarPainter(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** For stacked series: row = series index. */
    static HatchedBarPainter ofSeries(List<ChartSeries> series) {
        return new HatchedBarPainter(series.stream().map(s -> Row.of(s.marks(), s.style(), s.colour())).toList());
    }

    /** For the timeline: row = bar index. */
    static HatchedBarPainter ofBars(List<TimelineBar> bars) {
        return new HatchedBarPainter(bars.stream().map(b -> Row.of(b.marks(), b.style(), b.colour())).toList());
    }

    @Override
    public void paintBar(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar, RectangleEdge base) {
        super.paintBar(g2, renderer, row, column, bar, base);
        if (row < rows.size()) {
            hatching.paint(g2, bar, rows.get(row).marks(), rows.get(row).ink());
        }
    }
}
