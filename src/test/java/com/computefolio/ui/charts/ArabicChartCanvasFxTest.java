package com.computefolio.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.service.render.ScriptTextGraphics;
import com.computefolio.service.text.Texts;
import com.computefolio.ui.common.FxTaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Arabic charts on screen, redrawn again and again: their text reaches JavaFX's canvas only as shapes, so no
 * Pango layout is made on the FX thread and freed on the render thread (the crash of issue 16, ADR 0046).
 */
@ExtendWith(ApplicationExtension.class)
class ArabicChartCanvasFxTest {
    private static final List<FxTaskExecutor> EXECUTORS = new ArrayList<>();
    private static final int REDRAWS = 30;

    private ChartsView view;

    @AfterAll
    static void stopExecutors() {
        EXECUTORS.forEach(FxTaskExecutor::shutdown);
    }

    @Start
    void start(Stage stage) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        FxTaskExecutor executor = new FxTaskExecutor(error -> dialogs.showError("unexpected", String.valueOf(error), List.of()));
        EXECUTORS.add(executor);
        WorkspaceModel workspace = new WorkspaceModel();
        workspace.setPortfolio(TestPortfolios.portfolio());
        AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
        Texts arabic = Texts.arabic();
        ChartToolkit toolkit = ChartToolkit.create(analysis, OutputTargets.of(Path.of("no-register-in-view-tests.db")),
                new ChartText(arabic));
        view = new ChartsView(workspace, analysis, toolkit, executor, dialogs, arabic.charts());
        stage.setScene(new Scene(view, 1000, 640));
        stage.show();
    }

    @Test
    void theCanvasDrawsTextAsShapes() {
        assertThat(OutlinedChartText.graphics(view.chartPane().viewer().getCanvas())).isInstanceOf(ScriptTextGraphics.class);
    }

    @Test
    void thirtyRedrawsOfArabicChartsDrawAndRender(FxRobot robot) throws Exception {
        List<ChartType> types = ChartsViewModel.TYPES;
        List<GroupBy> groupings = ChartsViewModel.GROUPINGS;
        for (int i = 0; i < REDRAWS; i++) {
            JFreeChart before = view.chartPane().chart();
            ChartType type = types.get(i % types.size());
            GroupBy groupBy = groupings.get(i % groupings.size());
            robot.interact(() -> {
                view.viewModel().chartTypeProperty().set(type);
                view.viewModel().groupByProperty().set(groupBy);
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.viewModel().state().shown() != null
                    && !view.viewModel().state().busyProperty().get() && view.chartPane().chart() != null);
            robot.interact(() -> view.chartPane().chart().fireChartChanged());
            // A snapshot renders the canvas: what the render thread does with the drawn chart.
            WritableImage shot = WaitForAsyncUtils.asyncFx(() -> view.chartPane().viewer().snapshot(null, null)).get();
            assertThat(shot.getWidth()).isPositive();
            assertThat(view.chartPane().chart().getTitle().getText()).containsPattern("[\\u0600-\\u06FF]");
            if (i > 0 && !types.get((i - 1) % types.size()).equals(type)) {
                assertThat(view.chartPane().chart()).isNotSameAs(before);
            }
        }
    }
}
