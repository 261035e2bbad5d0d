package com.computefolio.service.export;

import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.TextDirection;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
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
 *
 * <p>The Arabic faces are embedded only once a line holding Arabic is drawn, so a PDF without Arabic
 * is the same file as before they were shipped.
 */
final class PdfFonts {

    private static final int GSUB_TAG = ('G' << 24) | ('S' << 16) | ('U' << 8) | 'B';
    private static final int HIDDEN_GSUB_TAG = ('x' << 24) | ('S' << 16) | ('U' << 8) | 'B';

    private final PDDocument document;
    private final ChartFonts fonts;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final ShapingTextDrawer drawer;
    private PDType0Font arabicRegular;
    private PDType0Font arabicBold;

    private PdfFonts(PDDocument document, PDType0Font regular, PDType0Font bold, ChartFonts fonts, TextDirection direction) {
        this.document = document;
        this.fonts = fonts;
        this.regular = regular;
        this.bold = bold;
        this.drawer = new ShapingTextDrawer(direction, this::arabic);
        // The drawer finds PDF fonts by the Java font's name, so the chart's fonts map straight onto these.
        drawer.registerFont(fonts.regularName(), regular);
        drawer.registerFont(fonts.boldName(), bold);
    }

    /** The fonts of a document whose lines run as in the given language (charts and report alike). */
    static PdfFonts embed(PDDocument document, ChartFonts fonts, TextDirection direction) throws IOException {
        try (InputStream r = fonts.regularTrueType(); InputStream b = fonts.boldTrueType()) {
            return new PdfFonts(document, load(document, r), load(document, b), fonts, direction);
        }
    }

    /** The embedded Arabic face that a Java font stands for, loaded on first use; null for any other font. */
    private PDType0Font arabic(java.awt.Font font) throws IOException {
        if (font.getFontName().equals(fonts.arabicName(false))) {
            if (arabicRegular == null) {
                arabicRegular = loadArabic(false);
            }
            return arabicRegular;
        }
        if (font.getFontName().equals(fonts.arabicName(true))) {
            if (arabicBold == null) {
                arabicBold = loadArabic(true);
            }
            return arabicBold;
        }
        return null;
    }

    private PDType0Font loadArabic(boolean boldFace) throws IOException {
        try (InputStream in = fonts.arabicTrueType(boldFace)) {
            return load(document, in);
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
