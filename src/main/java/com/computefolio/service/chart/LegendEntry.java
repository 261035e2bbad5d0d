package com.computefolio.service.chart;


/**
 * One line of a chart's legend: a group with its colour, a style swatch that explains how
 * official, reported and estimated figures are drawn, or (timeline) what a marker means.
 *
 * @param key    the group key for a GROUP entry; "style:SOLID" or "marker:ANNOUNCED" otherwise
 * @param style  how the swatch is drawn
 * @param marker the marker shown, for a MARKER entry; null otherwise
 */
public record LegendEntry(String key, String label, ChartColor colour, SeriesStyle style, Kind kind, TimelineMarker.Kind marker) {

    public enum Kind {
        GROUP, STYLE, MARKER
    }

    public static LegendEntry group(String key, String label, ChartColor colour) {
        return new LegendEntry(key, label, colour, SeriesStyle.SOLID, Kind.GROUP, null);
    }

    public static LegendEntry style(SeriesStyle style, String label) {
        return new LegendEntry("style:" + style.name(), label, Palette.NEUTRAL, style, Kind.STYLE, null);
    }

    public static LegendEntry marker(TimelineMarker.Kind marker, String label) {
        return new LegendEntry("marker:" + marker.name(), label, Palette.NEUTRAL, SeriesStyle.SOLID, Kind.MARKER, marker);
    }
}
