package com.computefolio.service.chart;

/**
 * A colour of the chart model, as 8-bit red, green and blue: what the model says, with no drawing
 * library attached, so the model can be built, compared and tested without AWT. The rendering
 * package turns it into whatever its canvas needs.
 */
public record ChartColor(int red, int green, int blue) {

    public static final ChartColor WHITE = new ChartColor(255, 255, 255);

    public ChartColor {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("a colour channel is 0 to 255: " + red + ", " + green + ", " + blue);
        }
    }

    /** From 0xRRGGBB. */
    public static ChartColor of(int rgb) {
        return new ChartColor((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** As 0xRRGGBB. */
    public int rgb() {
        return (red << 16) | (green << 8) | blue;
    }

    /** Mixed with white; {@code amount} 0 keeps the colour, 1 gives white. */
    public ChartColor tint(double amount) {
        return new ChartColor(mix(red, 255, amount), mix(green, 255, amount), mix(blue, 255, amount));
    }

    /** Mixed with black, for edges drawn on a light fill. */
    public ChartColor shade(double amount) {
        return new ChartColor(mix(red, 0, amount), mix(green, 0, amount), mix(blue, 0, amount));
    }

    private static int mix(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * amount);
    }
}
