package com.computefolio.service.export;

/**
 * The size a chart is laid out at, in points (SVG user units, PDF points, PNG pixels at scale 1),
 * and for PNG the scale it is drawn at: a 960 × 600 chart at scale 2 is a 1920 × 1200 image whose
 * every line and letter is drawn at that resolution, not enlarged from a smaller one.
 */
public record ImageSize(int width, int height, int scale) {

    public static final int MIN_SIDE = 200;
    public static final int MAX_SIDE = 8000;
    public static final int MAX_SCALE = 4;

    public ImageSize {
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("a chart is between " + MIN_SIDE + " and " + MAX_SIDE
                    + " points wide and high, not " + width + " x " + height);
        }
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("the scale is 1 to " + MAX_SCALE + ", not " + scale);
        }
    }

    public static ImageSize of(int width, int height) {
        return new ImageSize(width, height, 1);
    }

    public int pixelWidth() {
        return width * scale;
    }

    public int pixelHeight() {
        return height * scale;
    }
}
