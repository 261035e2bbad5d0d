package com.computefolio.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a click on a chart tells the user, without a display: the note under the chart says which
 * deals of which group and period were selected (the period worded as on the axis), the clicked
 * item is marked, and both go when the selection changes elsewhere or the chart is replaced.
 */
class ChartSelectionFeedbackTest {
    private static AnalysisService analysis;
    private static ChartToolkit toolkit;

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/charts", Locale.ENGLISH);
    private final WorkspaceModel workspace = new WorkspaceModel();
    private ChartsViewModel model;

    @BeforeAll
    static void services() {
        analysis = new DefaultAnalysisService(new ScheduleEngine());
        toolkit = ChartToolkit.create(analysis, OutputTargets.of(java.nio.file.Path.of("no-register-in-view-tests.db")));
    }

    @BeforeEach
    void openTestPortfolio() {
        workspace.setPortfolio(TestPortfolios.portfolio());
        model = new ChartsViewModel(workspace, analysis, toolkit, new CurrentThreadTaskExecutor(), new ScriptedDialogs(),
                (image, svg) -> { }, bundle);
        model.setActive(true);
    }

    @Test
    void clickingASegmentMarksItAndSaysWhatItSelected() {
        ChartModel chart = model.state().shown().drawn();
        XYItemEntity aws = item(chart.seriesIndexesOfGroup("amazon").get(0), chart.periodLabels().indexOf("2026-Q1"));

        model.state().select(aws);

        assertThat(workspace.selectedDealIds()).containsExactly("openai-aws");
        assertThat(model.state().markedProperty().get()).isSameAs(aws);
        assertThat(model.state().selectionNoteProperty().get())
                .isEqualTo("1 deal of " + chart.series().get(aws.getSeriesIndex()).label() + " in 2026-Q1 selected \u2014 shown in Deals");
    }

    @Test
    void aMonthlySegmentIsNamedAsItsAxisLabelAndTooltipNameIt() {
        model.granularityProperty().set(Granularity.MONTH);
        ChartModel chart = model.state().shown().drawn();
        int series = chart.seriesIndexesOfGroup("amazon").get(0);
        int march = chart.periodLabels().indexOf("2026-03");
        List<String> tooltips = new ArrayList<>();

        model.state().select(item(series, march));
        model.state().segmentTooltip(item(series, march), tooltips::add);

        assertThat(model.state().selectionNoteProperty().get()).contains(" in Mar 2026 selected");
        assertThat(tooltips).last().asString().contains(", Mar 2026: ");
    }

    @Test
    void aRunningTotalsPointIsTheEndOfItsOwnPeriod() {
        model.chartTypeProperty().set(ChartType.CUMULATIVE);
        ChartModel chart = model.state().shown().drawn();
        int oracle = chart.seriesIndexesOfGroup("oracle").get(0);
        int last = chart.periodLabels().size() - 1;
        List<String> tooltips = new ArrayList<>();

        // The area's items start one period early, from zero: item last + 1 is the end of the last period.
        model.state().segmentTooltip(item(oracle, last + 1), tooltips::add);
        model.state().select(item(oracle, last + 1));

        assertThat(tooltips).last().asString().contains(", by the end of " + chart.periodLabels().get(last) + ": ");
        assertThat(model.state().selectionNoteProperty().get()).contains(" by the end of " + chart.periodLabels().get(last) + " selected");
        assertThat(workspace.selectedDealIds()).containsExactly("openai-oracle");
    }

    @Test
    void selectingOtherDealsElsewhereDropsTheMarkAndTheNote() {
        ChartModel chart = model.state().shown().drawn();
        model.state().select(item(chart.seriesIndexesOfGroup("amazon").get(0), chart.periodLabels().indexOf("2026-Q1")));

        workspace.selectedDealIds().clear();
        workspace.selectedDealIds().add("openai-oracle");

        assertThat(model.state().markedProperty().get()).isNull();
        assertThat(model.state().selectionNoteProperty().get()).isEmpty();
    }

    @Test
    void escapeDropsTheMarkButKeepsTheDealsSelected() {
        ChartModel chart = model.state().shown().drawn();
        model.state().select(item(chart.seriesIndexesOfGroup("amazon").get(0), chart.periodLabels().indexOf("2026-Q1")));

        model.state().clearSelection();

        assertThat(model.state().markedProperty().get()).isNull();
        assertThat(model.state().selectionNoteProperty().get()).isEmpty();
        assertThat(workspace.selectedDealIds()).containsExactly("openai-aws");
    }

    @Test
    void aNewChartDropsTheMarkOfTheOldOne() {
        ChartModel chart = model.state().shown().drawn();
        model.state().select(item(chart.seriesIndexesOfGroup("amazon").get(0), chart.periodLabels().indexOf("2026-Q1")));

        model.granularityProperty().set(Granularity.YEAR);

        assertThat(model.state().markedProperty().get()).isNull();
        assertThat(model.state().selectionNoteProperty().get()).isEmpty();
    }

    @Test
    void aClickOnNothingWithDealsSelectsNothingAndMarksNothing() {
        ChartModel chart = model.state().shown().drawn();
        int oracle = chart.seriesIndexesOfGroup("oracle").get(0);
        int firstQuarter = chart.periodLabels().indexOf("2025-Q4");
        assertThat(firstQuarter).isNotNegative();
        // Oracle's money starts in 2027: an empty cell.
        model.state().select(item(oracle, firstQuarter));

        assertThat(workspace.selectedDealIds()).isEmpty();
        assertThat(model.state().markedProperty().get()).isNull();
    }

    /** A drawn item of the chart on show, as a click delivers it. */
    private XYItemEntity item(int series, int item) {
        XYPlot plot = (XYPlot) model.state().shown().chart().getPlot();
        return new XYItemEntity(new Rectangle(0, 0, 10, 10), plot.getDataset(), series, item, null, null);
    }
}
