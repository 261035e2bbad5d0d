package com.computefolio.service.chart;

import com.computefolio.domain.Confidence;

/**
 * How a series is drawn so that a reader can tell how firm its figures are without reading the
 * tooltip: official figures solid, reported ones in a lighter tint with a solid edge, analysts'
 * estimates almost blank with a dashed edge. The legend explains the three.
 */
public enum SeriesStyle {
    SOLID, LIGHT, DASHED;

    public static SeriesStyle of(Confidence confidence) {
        if (confidence == null) {
            return SOLID;
        }
        return switch (confidence) {
            case OFFICIAL -> SOLID;
            case REPORTED -> LIGHT;
            case ESTIMATE -> DASHED;
        };
    }
}
