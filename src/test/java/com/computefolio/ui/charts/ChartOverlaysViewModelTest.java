package com.computefolio.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartOverlay;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.ContextFixtures;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Charts view model's context toggles, without a display: one per money series of the register. */
class ChartOverlaysViewModelTest {

    private static AnalysisService analysis;
    private static ChartToolkit toolkit;

    private final WorkspaceModel workspace = new WorkspaceModel();
    private ChartsViewModel model;

    @BeforeAll
    static void services() {
        analysis = new DefaultAnalysisService(new ScheduleEngine());
        toolkit = ChartToolkit.create(analysis, OutputTargets.of(java.nio.file.Path.of("no-register-in-view-tests.db")));
    }

    @BeforeEach
    void openPortfolioWithContext() {
        workspace.setPortfolio(withContext(ContextFixtures.revenue(), ContextFixtures.loss(), ContextFixtures.online()));
        model = new ChartsViewModel(workspace, analysis, toolkit, new CurrentThreadTaskExecutor(), new ScriptedDialogs(),
                (image, svg) -> { }, ResourceBundle.getBundle("i18n/charts", Locale.ENGLISH));
        model.setActive(true);
    }

    private static Portfolio withContext(ContextSeries... series) {
        Portfolio deals = TestPortfolios.portfolio();
        return new Portfolio(deals.name(), deals.parties(), deals.deals(), List.of(series));
    }

    @Test
    void offersTheMoneySeriesAndDrawsNoneUntilToggled() {
        assertThat(model.overlayChoices()).extracting(ContextSeries::id).containsExactly("openai-revenue", "openai-operating-loss");
        assertThat(model.state().shown().model().overlays()).isEmpty();
    }

    @Test
    void togglingASeriesRedrawsTheChartWithItsLineAndRange() {
        model.overlays().add("openai-operating-loss");

        ChartModel chart = model.state().shown().model();
        assertThat(chart.overlays()).extracting(ChartOverlay::key).containsExactly("openai-operating-loss");
        assertThat(chart.ranges()).singleElement().satisfies(r -> {
            assertThat(r.low()).isEqualTo(500_000_000_000L);
            assertThat(r.high()).isEqualTo(878_000_000_000L);
        });

        model.overlays().remove("openai-operating-loss");
        assertThat(model.state().shown().model().overlays()).isEmpty();
    }

    @Test
    void theTogglesApplyToTheCommitmentsChartsOnly() {
        assertThat(model.overlaysApplyProperty().get()).isTrue();

        model.chartTypeProperty().set(ChartType.CAPACITY);
        assertThat(model.overlaysApplyProperty().get()).isFalse();

        model.chartTypeProperty().set(ChartType.CUMULATIVE);
        assertThat(model.overlaysApplyProperty().get()).isTrue();
    }

    @Test
    void anotherRegisterKeepsOnlyTheTogglesItStillHas() {
        model.overlays().add("openai-revenue");
        model.overlays().add("openai-operating-loss");

        workspace.setPortfolio(withContext(ContextFixtures.revenue()));

        assertThat(model.overlays()).containsExactly("openai-revenue");
        assertThat(model.state().shown().model().overlays()).extracting(ChartOverlay::key).containsExactly("openai-revenue");
    }
}
