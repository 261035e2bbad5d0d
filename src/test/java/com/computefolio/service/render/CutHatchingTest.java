package com.computefolio.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.chart.FigureMark;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hatching cut to a bar by arithmetic (the window's) draws what the clipped hatching (the exports') draws. */
class CutHatchingTest {

    private static final int SIZE = 120;

    @Test
    void everyLineMarkLooksTheSameInsideTheBarAndNothingSpillsOutside() {
        Rectangle2D[] bars = {new Rectangle2D.Double(10, 20, 37.5, 61.3), new Rectangle2D.Double(3.2, 4.7, 9.1, 100.4),
            new Rectangle2D.Double(50, 50, 60, 2.5), new Rectangle2D.Double(21.5, 8, 80, 80)};
        for (Rectangle2D bar : bars) {
            for (Set<FigureMark> marks : java.util.List.of(EnumSet.of(FigureMark.REPORTED), EnumSet.of(FigureMark.ESTIMATE),
                    EnumSet.of(FigureMark.CEILING), EnumSet.of(FigureMark.ASSUMED),
                    EnumSet.of(FigureMark.ESTIMATE, FigureMark.CEILING, FigureMark.ASSUMED))) {
                BufferedImage clipped = draw(bar, marks, false);
                BufferedImage cut = draw(bar, marks, true);
                for (int y = 0; y < SIZE; y++) {
                    for (int x = 0; x < SIZE; x++) {
                        String at = marks + " " + bar + " at " + x + "," + y;
                        if (x > bar.getMinX() + 2 && x < bar.getMaxX() - 3 && y > bar.getMinY() + 2 && y < bar.getMaxY() - 3) {
                            assertThat(distance(clipped.getRGB(x, y), cut.getRGB(x, y))).as(at).isLessThanOrEqualTo(24);
                        } else if (x < bar.getMinX() - 2 || x > bar.getMaxX() + 1 || y < bar.getMinY() - 2 || y > bar.getMaxY() + 1) {
                            assertThat(cut.getRGB(x, y)).as(at).isEqualTo(Color.WHITE.getRGB());
                        }
                    }
                }
                assertThat(inkedPixels(cut, bar)).as(marks + " " + bar).isPositive();
            }
        }
    }

    @Test
    void withoutTheScreensHintTheClipIsUsedAndLeftAsItWas() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        g2.setClip(0, 0, 100, 100);
        new Hatching().paint(g2, new Rectangle2D.Double(10, 10, 30, 30), EnumSet.of(FigureMark.REPORTED), Color.BLACK);
        assertThat(g2.getClip().getBounds()).isEqualTo(new java.awt.Rectangle(0, 0, 100, 100));
        g2.dispose();
    }

    private static BufferedImage draw(Rectangle2D bar, Set<FigureMark> marks, boolean clipFree) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, SIZE, SIZE);
        // Pure strokes: Java2D's default normalisation moves a line by a fraction of a pixel depending on its end points.
        g2.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
        if (clipFree) {
            g2.setRenderingHint(Hatching.CLIP_FREE, Boolean.TRUE);
        }
        g2.setColor(new Color(40, 90, 160));
        g2.fill(bar);
        new Hatching().paint(g2, bar, marks, Color.WHITE);
        g2.dispose();
        return image;
    }

    private static int inkedPixels(BufferedImage image, Rectangle2D bar) {
        int inked = 0;
        for (int y = (int) bar.getMinY(); y < bar.getMaxY(); y++) {
            for (int x = (int) bar.getMinX(); x < bar.getMaxX(); x++) {
                inked += image.getRGB(x, y) != new Color(40, 90, 160).getRGB() ? 1 : 0;
            }
        }
        return inked;
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }
}
