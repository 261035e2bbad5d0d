package com.computefolio.service.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a PNG that says its resolution (pHYs chunk: 96 dpi × scale), so that a 2x image pasted
 * into a document or slide keeps the chart's intended size instead of appearing twice as large.
 */
final class PngWriter {

    private static final double BASE_DPI = 96;
    private static final double INCHES_PER_METRE = 39.3700787;

    void write(BufferedImage image, int scale, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime cannot write PNG");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String pixelsPerMetre = Long.toString(Math.round(BASE_DPI * scale * INCHES_PER_METRE));
            physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(format);
            root.appendChild(physical);
            metadata.mergeTree(format, root);
            writer.write(null, new IIOImage(image, null, metadata), null);
        } finally {
            writer.dispose();
        }
    }
}
