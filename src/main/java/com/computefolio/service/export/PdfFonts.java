package com.computefolio.service.export;

import com.computefolio.service.render.ChartFonts;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The chart fonts embedded into one PDF document (as subsets), and Graphics2D canvases that write
 * text with them. Because the PDF uses the very font the chart was measured with, text stays real,
 * selectable text and lands exactly where Java laid it out.
 */
final class PdfFonts {

    private static final int GSUB_TAG = ('G' << 24) | ('S' << 16) | ('U' << 8) | 'B';
    private static final int HIDDEN_GSUB_TAG = ('x' << 24) | ('S' << 16) | ('U' << 8) | 'B';

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PdfBoxGraphics2DFontTextDrawer drawer;

    private PdfFonts(PDType0Font regular, PDType0Font bold, ChartFonts fonts) {
        this.regular = regular;
        this.bold = bold;
        this.drawer = new PdfBoxGraphics2DFontTextDrawer();
        // The drawer finds PDF fonts by the Java font's name, so the chart's fonts map straight onto these.
        drawer.registerFont(fonts.regularName(), regular);
        drawer.registerFont(fonts.boldName(), bold);
    }

    static PdfFonts embed(PDDocument document, ChartFonts fonts) throws IOException {
        try (InputStream r = fonts.regularTrueType(); InputStream b = fonts.boldTrueType()) {
            return new PdfFonts(load(document, r), load(document, b), fonts);
        }
    }

    private static PDType0Font load(PDDocument document, InputStream trueType) throws IOException {
        byte[] bytes = withoutGlyphSubstitution(trueType.readAllBytes());
        return PDType0Font.load(document, new ByteArrayInputStream(bytes), true);
    }

    /**
     * Hides the font's GSUB table from PDFBox by renaming its tag. PDFBox would otherwise replace
     * "fi" by a ligature glyph, which Java did not use when it measured the text, and which many
     * PDF readers copy out as U+FB01 instead of the two letters. The embedded subset never
     * contains GSUB, so nothing else changes.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 <= font.length && buffer.getInt(record) == GSUB_TAG) {
                buffer.putInt(record, HIDDEN_GSUB_TAG);
            }
        }
        return font;
    }

    /** A canvas of the given size in points; draw, dispose, then place its form on a page. */
    PdfBoxGraphics2D canvas(PDDocument document, float width, float height) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
        g.setFontTextDrawer(drawer);
        return g;
    }

    PDType0Font regular() {
        return regular;
    }

    PDType0Font bold() {
        return bold;
    }
}
