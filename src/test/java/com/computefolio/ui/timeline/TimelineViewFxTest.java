package com.computefolio.ui.timeline;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.chart.TimelineBar;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.testing.PortfolioBuilder;
import com.computefolio.ui.charts.ChartToolkit;
import com.computefolio.ui.common.FxTaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Timeline view on screen, headless, in a tab pane as in the window: it computes only while its
 * tab is in front, draws one bar per deal, scrolls when the deals do not fit, and a click on a bar
 * selects the deal.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineViewFxTest {
    private static final List<FxTaskExecutor> EXECUTORS = new ArrayList<>();
    private static AnalysisService analysis;
    private static ChartToolkit toolkit;

    private WorkspaceModel workspace;
    private TimelineView view;
    private TabPane tabs;

    @BeforeAll
    static void services() {
        analysis = new DefaultAnalysisService(new ScheduleEngine());
        toolkit = ChartToolkit.create(analysis, OutputTargets.of(java.nio.file.Path.of("no-register-in-view-tests.db")));
    }

    @AfterAll
    static void stopExecutors() {
        EXECUTORS.forEach(FxTaskExecutor::shutdown);
    }

    @Start
    void start(Stage stage) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        FxTaskExecutor executor = new FxTaskExecutor(error -> dialogs.showError("unexpected", String.valueOf(error), List.of()));
        EXECUTORS.add(executor);
        workspace = new WorkspaceModel();
        workspace.setPortfolio(TestPortfolios.portfolio());
        view = new TimelineView(workspace, analysis, toolkit, executor, dialogs, ResourceBundle.getBundle("i18n/charts", Locale.ENGLISH));
        tabs = new TabPane(new Tab("Deals", new Pane()), new Tab("Timeline", view));
        stage.setScene(new Scene(tabs, 1000, 640));
        stage.show();
    }

    private void showTimeline(FxRobot robot) throws Exception {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> view.viewModel().state().shown() != null && !view.viewModel().state().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void computesNothingUntilItsTabIsInFrontThenDrawsEveryDeal(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().state().shown()).isNull();

        showTimeline(robot);

        assertThat(view.chartPane().chart()).isSameAs(view.viewModel().state().shown().chart());
        assertThat(view.viewModel().state().shown().drawn().bars()).hasSize(5);
        WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> view.chartPane().snapshot(null, null)).get();
        assertThat(snapshot.getHeight()).isGreaterThan(200);
    }

    @Test
    void clickingABarSelectsItsDeal(FxRobot robot) throws Exception {
        showTimeline(robot);
        List<TimelineBar> bars = view.viewModel().state().shown().drawn().bars();
        int row = bars.indexOf(bars.stream().filter(b -> b.dealId().equals("openai-oracle")).findFirst().orElseThrow());
        XYItemEntity bar = WaitForAsyncUtils.asyncFx(() -> {
            for (Object o : view.chartPane().viewer().getRenderingInfo().getEntityCollection().getEntities()) {
                if (o instanceof XYItemEntity item && item.getDataset() == ((org.jfree.chart.plot.XYPlot) view.chartPane().chart()
                        .getPlot()).getDataset(0) && item.getSeriesIndex() == row) {
                    return item;
                }
            }
            throw new AssertionError("no bar for row " + row);
        }).get();
        java.awt.Rectangle area = bar.getArea().getBounds();
        // Away from the markers at the start of the bar.
        Point2D point = view.chartPane().viewer().getCanvas().localToScreen(area.getX() + area.getWidth() * 0.6, area.getCenterY());

        robot.clickOn(point);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.selectedDealIds()).containsExactly("openai-oracle");
    }

    @Test
    void manyDealsMakeATallChartThatScrolls(FxRobot robot) throws Exception {
        List<Deal> many = IntStream.range(0, 80).mapToObj(i -> deal("deal-" + i).title("Deal number " + i)
                .value(Integer.toString(i + 1), ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12 + i).build()).toList();
        robot.interact(() -> workspace.setPortfolio(PortfolioBuilder.portfolio().deals(many).build()));
        showTimeline(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().rowsProperty().get() > 5);
        WaitForAsyncUtils.waitForFxEvents();

        ScrollPane scroll = robot.lookup("#timelineScroll").queryAs(ScrollPane.class);
        assertThat(view.chartPane().getHeight()).isGreaterThan(scroll.getViewportBounds().getHeight());
        assertThat(view.viewModel().summaryProperty().get()).contains("largest of 80 deals");
    }
}
