package com.computefolio.ui.charts;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.render.JFreeChartFactory;
import org.jfree.chart.JFreeChart;

/**
 * A chart as the screen shows it: the model computed for the current options, the model actually
 * drawn (hidden groups applied) and the JFreeChart drawn from it.
 *
 * @param model  what the factory computed; exports start from here
 * @param drawn  {@code model} with the hidden groups applied; clicks and tooltips read this
 * @param chart  drawn from {@code drawn} by the same factory every export uses
 */
public record ShownChart(ChartModel model, ChartModel drawn, HiddenGroups hidden, JFreeChart chart) {

    static ShownChart draw(ChartModel model, HiddenGroups hidden, ChartToolkit toolkit) {
        ChartModel drawn = hidden.onScreen(model);
        JFreeChart chart = toolkit.charts().create(drawn);
        JFreeChartFactory.drawnOnScreen(chart);
        hidden.applyTo(chart, drawn);
        return new ShownChart(model, drawn, hidden, chart);
    }
}
