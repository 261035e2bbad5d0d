package com.computefolio.service.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of every chart and report: DejaVu Sans, shipped in the jar (fonts/, with its
 * licence) so that a chart looks the same on every machine and a PDF can embed the very font the
 * chart was laid out with, keeping its text real and selectable.
 */
public final class ChartFonts {

    public static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR_RESOURCE = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_RESOURCE = "/fonts/DejaVuSans-Bold.ttf";

    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final Font regular;
    private final Font bold;

    private ChartFonts(byte[] regularBytes, byte[] boldBytes) {
        this.regularBytes = regularBytes;
        this.boldBytes = boldBytes;
        this.regular = create(regularBytes);
        this.bold = create(boldBytes);
        // Registered so that Java 2D (PNG) and the SVG text metrics resolve the family by name too.
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        env.registerFont(regular);
        env.registerFont(bold);
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

    /** The name Java gives the regular face ("DejaVu Sans"); PDF font mapping is keyed on it. */
    public String regularName() {
        return regular.getFontName();
    }

    public String boldName() {
        return bold.getFontName();
    }

    private static Font create(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font is damaged", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + resource, e);
        }
    }
}
