package com.computefolio.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.text.Texts;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The canvas the window's charts draw on: every text, Arabic or Latin, arrives at the screen's canvas as filled
 * outlines and never as text (JavaFX would lay it out with Pango on two threads, ADR 0046), measured as drawn.
 */
class OutlinedTextCanvasTest {

    /** A screen canvas that counts what reaches it. */
    private static final class Recording extends ForwardingGraphics2D {
        final List<String> texts;
        final List<Shape> fills;

        Recording(Graphics2D delegate, List<String> texts, List<Shape> fills) {
            super(delegate);
            this.texts = texts;
            this.fills = fills;
        }

        @Override
        public Graphics create() {
            return new Recording((Graphics2D) delegate.create(), texts, fills);
        }

        @Override
        public void drawString(String str, float x, float y) {
            texts.add(str);
        }

        @Override
        public void drawString(String str, int x, int y) {
            texts.add(str);
        }

        @Override
        public void drawString(AttributedCharacterIterator iterator, float x, float y) {
            texts.add("attributed");
        }

        @Override
        public void drawString(AttributedCharacterIterator iterator, int x, int y) {
            texts.add("attributed");
        }

        @Override
        public void drawGlyphVector(GlyphVector g, float x, float y) {
            texts.add("glyphs");
        }

        @Override
        public void fill(Shape s) {
            fills.add(s);
            super.fill(s);
        }
    }

    private static Recording recording(BufferedImage image) {
        return new Recording(image.createGraphics(), new ArrayList<>(), new ArrayList<>());
    }

    @Test
    void anArabicChartReachesTheScreenCanvasOnlyAsShapes() {
        ChartText arabic = new ChartText(Texts.arabic());
        JFreeChart chart = new JFreeChartFactory(ChartFonts.load(), arabic).create(new ChartModelFactory(ChartFixtures.analysis(), arabic, ChartFixtures.clock()).create(
                ChartFixtures.portfolio(), ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL)));
        BufferedImage image = new BufferedImage(900, 560, BufferedImage.TYPE_INT_ARGB);
        Recording screen = recording(image);

        chart.draw(ScriptTextGraphics.forOutlines(screen, TextDirection.RIGHT_TO_LEFT), new Rectangle2D.Double(0, 0, 900, 560));

        assertThat(chart.getTitle().getText()).containsPattern("[\\u0600-\\u06FF]");
        assertThat(screen.texts).as("texts handed to the screen's canvas as text").isEmpty();
        assertThat(screen.fills).isNotEmpty();
    }

    @Test
    void latinTextAndGlyphVectorsAreFilledTooAndAnArabicLineIsMeasuredAsDrawn() {
        BufferedImage image = new BufferedImage(400, 100, BufferedImage.TYPE_INT_ARGB);
        Recording screen = recording(image);
        Graphics2D canvas = ScriptTextGraphics.forOutlines(screen, TextDirection.RIGHT_TO_LEFT);
        Font font = ChartFonts.load().regular(14f);
        canvas.setFont(font);
        canvas.setPaint(Color.BLACK);

        canvas.drawString("Total 440B", 10, 30);
        canvas.drawGlyphVector(font.createGlyphVector(canvas.getFontRenderContext(), "GB200"), 10, 50);
        String line = "إجمالي الالتزامات لدى CoreWeave";
        int fillsBefore = screen.fills.size();
        canvas.drawString(line, 10, 80);

        assertThat(screen.texts).isEmpty();
        assertThat(screen.fills).hasSize(fillsBefore + 1);
        Rectangle2D drawn = screen.fills.get(screen.fills.size() - 1).getBounds2D();
        // Glyph ink sits inside the advance: the measure centres and aligns labels by what is drawn.
        assertThat((double) canvas.getFontMetrics().stringWidth(line))
                .isGreaterThanOrEqualTo(drawn.getWidth()).isLessThan(drawn.getWidth() + 6);
        assertThat(drawn.getMinX()).isGreaterThanOrEqualTo(10).isLessThan(14);
    }
}
