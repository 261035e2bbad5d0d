package com.computefolio.ui.timeline;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.TimelineBar;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.testing.PortfolioBuilder;
import com.computefolio.ui.charts.ChartToolkit;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Timeline view model without a display, on {@link TestPortfolios} (five deals, 2025-09 to 2025-11 announced). */
class TimelineViewModelTest {
    private static AnalysisService analysis;
    private static ChartToolkit toolkit;

    private final WorkspaceModel workspace = new WorkspaceModel();
    private TimelineViewModel model;

    @BeforeAll
    static void services() {
        analysis = new DefaultAnalysisService(new ScheduleEngine());
        toolkit = ChartToolkit.create(analysis, OutputTargets.of(java.nio.file.Path.of("no-register-in-view-tests.db")));
    }

    @BeforeEach
    void openTestPortfolio() {
        workspace.setPortfolio(TestPortfolios.portfolio());
        model = new TimelineViewModel(workspace, analysis, toolkit, new CurrentThreadTaskExecutor(), new ScriptedDialogs(),
                (image, svg) -> { }, ResourceBundle.getBundle("i18n/charts", Locale.ENGLISH));
        model.setActive(true);
    }

    @Test
    void drawsOneBarPerDealAcrossItsTerm() {
        ChartModel chart = model.state().shown().drawn();

        assertThat(chart.bars()).extracting(TimelineBar::dealId)
                .containsExactlyInAnyOrder("openai-aws", "openai-oracle", "nvidia-openai-equity", "openai-broadcom", "openai-amd");
        TimelineBar aws = bar(chart, "openai-aws");
        assertThat(aws.start()).hasToString("2025-11");
        assertThat(aws.end()).hasToString("2032-10");
        assertThat(model.rowsProperty().get()).isEqualTo(5);
        assertThat(model.summaryProperty().get()).startsWith("5 deals from 2025-");
    }

    @Test
    void followsTheFilterAndTheAsOfDate() {
        workspace.filterProperty().set(workspace.filter().withAsOf(LocalDate.of(2025, 10, 1)));

        assertThat(model.state().shown().drawn().bars()).extracting(TimelineBar::dealId)
                .containsExactlyInAnyOrder("openai-oracle", "nvidia-openai-equity");
        assertThat(model.rowsProperty().get()).isEqualTo(2);
    }

    @Test
    void clickingABarSelectsItsDeal() {
        ChartModel chart = model.state().shown().drawn();
        int row = chart.bars().indexOf(bar(chart, "openai-oracle"));
        XYPlot plot = (XYPlot) model.state().shown().chart().getPlot();

        model.state().select(new XYItemEntity(new Rectangle(0, 0, 10, 10), plot.getDataset(0), row, 0, null, null));

        assertThat(workspace.selectedDealIds()).containsExactly("openai-oracle");
    }

    @Test
    void aBarTooltipAddsTheDealsSources() {
        ChartModel chart = model.state().shown().drawn();
        int row = chart.bars().indexOf(bar(chart, "openai-aws"));
        XYPlot plot = (XYPlot) model.state().shown().chart().getPlot();
        List<String> shown = new ArrayList<>();

        model.state().dealTooltip(new XYItemEntity(new Rectangle(0, 0, 10, 10), plot.getDataset(0), row, 0,
                "AWS cloud capacity (Amazon (AWS)): 2025-11 to 2032-10", null), shown::add);

        assertThat(shown).last().asString().startsWith("AWS cloud capacity (Amazon (AWS)): 2025-11 to 2032-10\nSources: [")
                .contains("Example News");
    }

    @Test
    void clickingAKindInTheLegendHidesItsBars() {
        model.toggleKind("CLOUD_SERVICES");

        assertThat(model.state().shown().drawn().bars()).extracting(TimelineBar::dealId)
                .containsExactlyInAnyOrder("nvidia-openai-equity", "openai-broadcom", "openai-amd");
        assertThat(model.summaryProperty().get()).startsWith("3 deals").contains("1 group hidden");
        assertThat(model.state().exportModel().legend()).noneMatch(e -> e.key().equals("CLOUD_SERVICES"));

        model.toggleKind("CLOUD_SERVICES");

        assertThat(model.rowsProperty().get()).isEqualTo(5);
    }

    @Test
    void manyDealsShowTheLargestAndSaySo() {
        List<Deal> many = IntStream.range(0, 75).mapToObj(i -> deal("deal-" + i).value(Integer.toString(i + 1), ValueBasis.TOTAL_OVER_TERM)
                .term("2026-01", 12 + i).build()).toList();

        workspace.setPortfolio(PortfolioBuilder.portfolio().deals(many).build());

        int drawn = model.state().shown().drawn().bars().size();
        assertThat(drawn).isLessThan(75);
        assertThat(model.state().shown().drawn().bars()).extracting(TimelineBar::dealId).contains("deal-74").doesNotContain("deal-0");
        assertThat(model.summaryProperty().get()).startsWith("The " + drawn + " largest of 75 deals");
    }

    private static TimelineBar bar(ChartModel chart, String dealId) {
        return chart.bars().stream().filter(b -> b.dealId().equals(dealId)).findFirst().orElseThrow();
    }
}
