package com.computefolio.service.chart;


/**
 * One line of a chart's legend: a group with its colour, a style swatch that explains how
 * official, reported and estimated figures are drawn, or (timeline) what a marker means.
 *
 * @param key    the group key for a GROUP entry; "style:SOLID", "marker:ANNOUNCED" or "pattern:CEILING" otherwise
 * @param style  how the swatch is drawn
 * @param marker the marker shown, for a MARKER entry; null otherwise
 */
public record LegendEntry(String key, String label, ChartColor colour, SeriesStyle style, Kind kind, TimelineMarker.Kind marker) {

    private static final String PATTERN_PREFIX = "pattern:";
    private static final String REMAINDER_PREFIX = "remainder:";

    public enum Kind {
        GROUP, STYLE, MARKER, PATTERN
    }

    public static LegendEntry group(String key, String label, ChartColor colour) {
        return new LegendEntry(key, label, colour, SeriesStyle.SOLID, Kind.GROUP, null);
    }

    public static LegendEntry style(SeriesStyle style, String label) {
        return new LegendEntry("style:" + style.name(), label, Palette.NEUTRAL, style, Kind.STYLE, null);
    }

    /** A swatch that explains one hatching (a ceiling, an assumed placement...), drawn in grey over white. */
    public static LegendEntry pattern(FigureMark mark, String label) {
        return new LegendEntry(PATTERN_PREFIX + mark.name(), label, Palette.NEUTRAL, SeriesStyle.SOLID, Kind.PATTERN, null);
    }

    /**
     * The segment of one umbrella that its named parts leave over, named after it ("Stargate joint
     * venture (US), not yet allocated to a named deal"), in its group's colour with the remainder's hatching.
     */
    public static LegendEntry remainder(String dealId, String label, ChartColor colour, SeriesStyle style) {
        return new LegendEntry(REMAINDER_PREFIX + dealId, label, colour, style, Kind.PATTERN, null);
    }

    /** The hatching a PATTERN entry explains, or null for other entries. */
    public FigureMark pattern() {
        if (kind != Kind.PATTERN) {
            return null;
        }
        return key.startsWith(REMAINDER_PREFIX) ? FigureMark.REMAINDER : FigureMark.valueOf(key.substring(PATTERN_PREFIX.length()));
    }

    /** Whether the entry names one umbrella's remainder segment rather than explaining a hatching in grey. */
    public boolean isRemainder() {
        return kind == Kind.PATTERN && key.startsWith(REMAINDER_PREFIX);
    }

    public static LegendEntry marker(TimelineMarker.Kind marker, String label) {
        return new LegendEntry("marker:" + marker.name(), label, Palette.NEUTRAL, SeriesStyle.SOLID, Kind.MARKER, marker);
    }
}
