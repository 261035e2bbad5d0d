package com.computefolio.ui.charts;

import com.computefolio.service.render.ScriptTextGraphics;
import com.computefolio.service.render.TextDirection;
import java.awt.Graphics2D;
import java.lang.reflect.Field;
import java.util.Locale;
import org.jfree.chart.fx.ChartCanvas;

/**
 * Makes a chart canvas draw its text as filled outlines, shaped and measured by Java as the PNG export does
 * ({@link ScriptTextGraphics#forOutlines}), instead of as JavaFX canvas text. JavaFX 21 on Linux lays canvas text
 * out with Pango on the FX thread and frees the layouts on the render thread; its PangoGlyphLayout is not safe for
 * that and a ConcurrentModificationException in its dispose aborted the JVM with Arabic charts on screen (issue 16,
 * ADR 0046). JFreeChart's ChartCanvas keeps its Graphics2D bridge in a private field and draws only through it (the
 * chart, then the overlays), so the bridge is wrapped there, once, when the pane is built.
 */
final class OutlinedChartText {

    private OutlinedChartText() {
    }

    /**
     * Wraps the canvas's Graphics2D so that no text reaches it as text.
     *
     * @throws IllegalStateException when this JFreeChart-FX keeps its bridge elsewhere (a new version): the
     *                               window must not draw chart text through Pango again unnoticed
     */
    static void install(ChartCanvas canvas, Locale language) {
        try {
            Field bridge = ChartCanvas.class.getDeclaredField("g2");
            bridge.setAccessible(true);
            Graphics2D current = (Graphics2D) bridge.get(canvas);
            if (!(current instanceof ScriptTextGraphics)) {
                bridge.set(canvas, ScriptTextGraphics.forOutlines(current, TextDirection.of(language)));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("JFreeChart-FX's ChartCanvas no longer keeps its Graphics2D in 'g2'", e);
        }
    }

    /** The Graphics2D the canvas draws through (tests check it draws outlines). */
    static Graphics2D graphics(ChartCanvas canvas) {
        try {
            Field bridge = ChartCanvas.class.getDeclaredField("g2");
            bridge.setAccessible(true);
            return (Graphics2D) bridge.get(canvas);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("JFreeChart-FX's ChartCanvas no longer keeps its Graphics2D in 'g2'", e);
        }
    }
}
