package com.computefolio.ui.charts;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/** Puts a copied chart on the system clipboard: the image, and the SVG for applications that take it. */
final class FxChartClipboard implements ChartClipboard {
    private static final String SVG_MIME = "image/svg+xml";

    @Override
    public void put(BufferedImage image, String svg) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        content.put(svgFormat(), svg);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A data format may be registered only once per JVM; look it up before making it. */
    private static DataFormat svgFormat() {
        DataFormat known = DataFormat.lookupMimeType(SVG_MIME);
        return known != null ? known : new DataFormat(SVG_MIME);
    }
}
