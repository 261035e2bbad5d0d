package com.computefolio.ui.charts;

import java.awt.image.BufferedImage;

/** Where "Copy" puts a chart: the system clipboard in the window, a plain recorder in tests. */
@FunctionalInterface
public interface ChartClipboard {

    /**
     * @param image the chart drawn at twice its size, sharp on high-density screens and in slides
     * @param svg   the same chart as an SVG document, for applications that paste vectors
     */
    void put(BufferedImage image, String svg);
}
