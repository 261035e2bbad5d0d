package com.computefolio.service.export;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.render.JFreeChartFactory;

/** Sizes for charts exported on their own: the default, and a taller timeline when it has many deals. */
public final class ChartSizes {

    private static final int TIMELINE_ROW = 20;
    private static final int TIMELINE_FRAME = 220;

    private ChartSizes() {
    }

    /** A size at which the chart's every row and label is readable. */
    public static ImageSize standalone(ChartModel model, int scale) {
        int height = JFreeChartFactory.DEFAULT_HEIGHT;
        if (model.type() == ChartType.TIMELINE) {
            height = Math.max(height, Math.min(ImageSize.MAX_SIDE, TIMELINE_FRAME + TIMELINE_ROW * model.bars().size()));
        }
        return new ImageSize(JFreeChartFactory.DEFAULT_WIDTH, height, scale);
    }
}
