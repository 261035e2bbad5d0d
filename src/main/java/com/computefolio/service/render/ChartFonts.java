package com.computefolio.service.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The typeface of every chart and report: DejaVu Sans, shipped in the jar (fonts/, with its
 * licence) so that a chart looks the same on every machine and a PDF can embed the very font the
 * chart was laid out with, keeping its text real and selectable.
 *
 * <p>Arabic letters are drawn in Noto Sans Arabic (also shipped, with its licence): a font per run of
 * text, chosen by {@link ScriptText}, because DejaVu's Arabic is a fallback design while Noto's is made
 * for reading Arabic. Latin runs keep DejaVu Sans, so English output does not change.
 */
public final class ChartFonts {

    public static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR_RESOURCE = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_RESOURCE = "/fonts/DejaVuSans-Bold.ttf";
    /** The family of the Arabic runs; SVG names it first for text that holds Arabic. */
    public static final String ARABIC_FAMILY = "Noto Sans Arabic";
    private static final String ARABIC_REGULAR_RESOURCE = "/fonts/NotoSansArabic-Regular.ttf";
    private static final String ARABIC_BOLD_RESOURCE = "/fonts/NotoSansArabic-Bold.ttf";

    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final Font regular;
    private final Font bold;

    private ChartFonts(byte[] regularBytes, byte[] boldBytes) {
        this.regularBytes = regularBytes;
        this.boldBytes = boldBytes;
        this.regular = create(REGULAR_RESOURCE, regularBytes);
        this.bold = create(BOLD_RESOURCE, boldBytes);
        // Not registered with the GraphicsEnvironment: every drawing holds these Font objects (a derived font keeps
        // its face), nothing looks the family up by name, and registering first reads the names of every font installed
        // on the system to check for clashes (about 50 ms of CPU per chart or report, measured alone; ADR 53).
    }

    /** Reads the bundled fonts; call once per application and share the instance. */
    public static ChartFonts load() {
        return new ChartFonts(read(REGULAR_RESOURCE), read(BOLD_RESOURCE));
    }

    public Font regular(float size) {
        return regular.deriveFont(size);
    }

    /**
     * The bold face, flagged bold too: SVG output writes font-weight from {@link Font#isBold()},
     * which a face loaded from a file does not set. The face already is bold, so Java adds no
     * synthetic emboldening, and its name (used to map the PDF font) stays "DejaVu Sans Bold".
     */
    public Font bold(float size) {
        return bold.deriveFont(Font.BOLD, size);
    }

    /** The TrueType file of the regular face, for embedding. */
    public InputStream regularTrueType() {
        return new ByteArrayInputStream(regularBytes);
    }

    /** The TrueType file of the bold face, for embedding. */
    public InputStream boldTrueType() {
        return new ByteArrayInputStream(boldBytes);
    }

    /** The TrueType file of the Arabic face of the given weight, for embedding. */
    public InputStream arabicTrueType(boolean bold) {
        return new ByteArrayInputStream(bold ? ArabicFaces.BOLD_BYTES : ArabicFaces.REGULAR_BYTES);
    }

    /** The name Java gives the Arabic face of the given weight; PDF font mapping is keyed on it. */
    public String arabicName(boolean bold) {
        return (bold ? ArabicFaces.BOLD : ArabicFaces.REGULAR).getFontName();
    }

    /**
     * Noto Sans Arabic at the size and weight of the given font: the face of a run of Arabic letters
     * within text set in {@code base}. Static because measuring code (text wrapping) has only the font.
     */
    public static Font arabicFor(Font base) {
        Font face = isBold(base) ? ArabicFaces.BOLD.deriveFont(Font.BOLD, base.getSize2D()) : ArabicFaces.REGULAR.deriveFont(base.getSize2D());
        return base.isTransformed() ? face.deriveFont(base.getTransform()) : face;
    }

    /** Bold when flagged so or when the face itself is a bold one (a face loaded from a file is not flagged). */
    static boolean isBold(Font font) {
        return font.isBold() || font.getFontName().endsWith("Bold");
    }

    /**
     * The shipped Arabic faces, read once on first use (the holder idiom): constant data of the jar like
     * the bundles, needed by static text measurement as well as by each {@link ChartFonts}.
     */
    private static final class ArabicFaces {
        static final byte[] REGULAR_BYTES = read(ARABIC_REGULAR_RESOURCE);
        static final byte[] BOLD_BYTES = read(ARABIC_BOLD_RESOURCE);
        static final Font REGULAR = create(ARABIC_REGULAR_RESOURCE, REGULAR_BYTES);
        static final Font BOLD = create(ARABIC_BOLD_RESOURCE, BOLD_BYTES);

        private ArabicFaces() {
        }
    }

    /** The name Java gives the regular face ("DejaVu Sans"); PDF font mapping is keyed on it. */
    public String regularName() {
        return regular.getFontName();
    }

    public String boldName() {
        return bold.getFontName();
    }

    /**
     * The face from its copy in the user's cache, which Java 2D reads in place; from the bytes only when
     * there is no cache, since a font made from a stream is first copied to a new temporary file (ADR 53).
     */
    private static Font create(String resource, byte[] bytes) {
        try {
            Optional<Path> file = FontFiles.cached(resource, bytes);
            return file.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, file.get().toFile())
                    : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font is damaged", e);
        }
    }

    private static byte[] read(String resource) {
        return FontFiles.read(resource);
    }
}
