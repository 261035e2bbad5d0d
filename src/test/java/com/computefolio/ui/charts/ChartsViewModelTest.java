package com.computefolio.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.testing.DealBuilder;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.DeferredTaskExecutor;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Charts view model without a display, on {@link TestPortfolios}: of its commitments only
 * AWS ($38B, official) and Oracle ($320B, reported; $300B before 2026-02-01) count today; the AMD
 * estimate ($90B) was cancelled on 2026-03-01 and Nvidia's investment is an inflow, not a commitment.
 */
class ChartsViewModelTest {
    private static final long BILLION_CENTS = 100_000_000_000L;

    private static AnalysisService analysis;
    private static ChartToolkit toolkit;

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/charts", Locale.ENGLISH);
    private final WorkspaceModel workspace = new WorkspaceModel();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<BufferedImage> copiedImages = new ArrayList<>();
    private final List<String> copiedSvgs = new ArrayList<>();
    private ChartsViewModel model;

    @BeforeAll
    static void services() {
        analysis = new DefaultAnalysisService(new ScheduleEngine());
        toolkit = ChartToolkit.create(analysis, OutputTargets.of(java.nio.file.Path.of("no-register-in-view-tests.db")));
    }

    @BeforeEach
    void openTestPortfolio() {
        workspace.setPortfolio(TestPortfolios.portfolio());
        model = viewModel(new CurrentThreadTaskExecutor());
        model.setActive(true);
    }

    private ChartsViewModel viewModel(TaskExecutor executor) {
        return new ChartsViewModel(workspace, analysis, toolkit, executor, dialogs, (image, svg) -> {
            copiedImages.add(image);
            copiedSvgs.add(svg);
        }, bundle);
    }

    @Test
    void showsTodaysCommitmentsStackedByCounterparty() {
        ChartModel chart = model.state().shown().model();

        assertThat(chart.type()).isEqualTo(ChartType.COMMITMENTS);
        assertThat(groupKeys(chart)).containsExactlyInAnyOrder("amazon", "oracle");
        assertThat(chart.grandTotal()).isEqualTo(358 * BILLION_CENTS);
        assertThat(model.totalTextProperty().get()).isEqualTo("Total committed: $358B \u00b7 2 deals");
    }

    @Test
    void changingTheGroupingChangesTheSeries() {
        model.groupByProperty().set(GroupBy.CONFIDENCE);

        assertThat(groupKeys(model.state().shown().model())).containsExactlyInAnyOrder("OFFICIAL", "REPORTED");

        model.groupByProperty().set(GroupBy.KIND);

        assertThat(groupKeys(model.state().shown().model())).containsExactly("CLOUD_SERVICES");
        assertThat(model.state().shown().model().grandTotal()).isEqualTo(358 * BILLION_CENTS);
    }

    @Test
    void editingADealsValueChangesTheChartsTotal() {
        Portfolio before = workspace.portfolio();
        Deal aws = before.deal("openai-aws").orElseThrow();
        Deal raised = aws.withCurrent(aws.current().withValue(aws.current().value().withAmount(DealBuilder.billionsUsd("50"))));
        List<Deal> deals = before.deals().stream().map(d -> d.id().equals("openai-aws") ? raised : d).toList();

        workspace.setPortfolio(new Portfolio(before.name(), before.parties(), deals, before.contextSeries()));

        assertThat(model.state().shown().model().grandTotal()).isEqualTo(370 * BILLION_CENTS);
        assertThat(model.totalTextProperty().get()).startsWith("Total committed: $370B");
    }

    @Test
    void anAsOfDateHidesWhatWasNotYetKnown() {
        // On 2025-10-01 only Oracle was known, at its first figure of $300B; AWS came on 2025-11-03.
        workspace.filterProperty().set(workspace.filter().withAsOf(LocalDate.of(2025, 10, 1)));

        ChartModel chart = model.state().shown().model();
        assertThat(groupKeys(chart)).containsExactly("oracle");
        assertThat(chart.grandTotal()).isEqualTo(300 * BILLION_CENTS);

        // Before its cancellation the AMD estimate counted too.
        workspace.filterProperty().set(workspace.filter().withAsOf(LocalDate.of(2026, 1, 1)));

        assertThat(model.state().shown().model().grandTotal()).isEqualTo((38 + 300 + 90) * BILLION_CENTS);
    }

    @Test
    void clickingASegmentSelectsTheDealsBehindIt() {
        ChartModel chart = model.state().shown().drawn();
        int aws = chart.seriesIndexesOfGroup("amazon").get(0);
        int oracle = chart.seriesIndexesOfGroup("oracle").get(0);

        model.state().selectSegment(aws, chart.periodLabels().indexOf("2026-Q1"));
        assertThat(workspace.selectedDealIds()).containsExactly("openai-aws");

        model.state().selectSegment(oracle, chart.periodLabels().indexOf("2028-Q3"));
        assertThat(workspace.selectedDealIds()).containsExactly("openai-oracle");
    }

    @Test
    void aCumulativeSegmentSelectsTheDealsPlacedUpToItsPeriod() {
        // Oracle's money ends in 2031-12; the last period is 2032-Q4, where only AWS still pays.
        ChartModel perPeriod = model.state().shown().drawn();
        assertThat(perPeriod.dealIdsAt(perPeriod.seriesIndexesOfGroup("oracle").get(0), perPeriod.periodLabels().indexOf("2032-Q4")))
                .isEmpty();

        model.chartTypeProperty().set(ChartType.CUMULATIVE);
        ChartModel chart = model.state().shown().drawn();
        int last = chart.periodLabels().size() - 1;

        model.state().selectSegment(chart.seriesIndexesOfGroup("oracle").get(0), last);

        assertThat(chart.periodLabels().get(last)).isEqualTo("2032-Q4");
        assertThat(chart.grandTotal()).isEqualTo(358 * BILLION_CENTS);
        assertThat(workspace.selectedDealIds()).containsExactly("openai-oracle");
    }

    @Test
    void clickingALegendEntryHidesItsGroupAndAClickAgainShowsIt() {
        model.state().toggleGroup("oracle");

        ShownChart hidden = model.state().shown();
        assertThat(hidden.drawn().grandTotal()).isEqualTo(38 * BILLION_CENTS);
        assertThat(model.totalTextProperty().get()).contains("$38B").contains("1 group hidden");
        XYPlot plot = (XYPlot) hidden.chart().getPlot();
        for (int i : hidden.drawn().seriesIndexesOfGroup("oracle")) {
            assertThat(plot.getRenderer().isSeriesVisible(i)).isFalse();
        }
        assertThat(plot.getLegendItems().getItemCount()).as("the legend keeps the entry to click again")
                .isEqualTo(hidden.model().legend().size());
        assertThat(groupKeys(model.state().exportModel())).containsExactly("amazon");

        model.state().toggleGroup("oracle");

        assertThat(model.state().shown().drawn().grandTotal()).isEqualTo(358 * BILLION_CENTS);
        assertThat(groupKeys(model.state().exportModel())).containsExactlyInAnyOrder("amazon", "oracle");
    }

    @Test
    void hiddenGroupsStayHiddenWhenTheChartIsRecomputed() {
        model.state().toggleGroup("oracle");

        workspace.filterProperty().set(workspace.filter().withText("o"));

        assertThat(model.state().hiddenGroups()).containsExactly("oracle");
        assertThat(model.state().shown().drawn().grandTotal()).isEqualTo(38 * BILLION_CENTS);
    }

    @Test
    void aStyleSwatchInTheLegendIsNotAGroupToHide() {
        model.state().toggleGroup("style:LIGHT");

        assertThat(model.state().hiddenGroups()).isEmpty();
    }

    @Test
    void tooltipNamesTheAmountTheDealsAndTheirSources() {
        ChartModel chart = model.state().shown().drawn();
        int aws = chart.seriesIndexesOfGroup("amazon").get(0);
        List<String> shown = new ArrayList<>();

        model.state().segmentTooltip(aws, chart.periodLabels().indexOf("2026-Q1"), shown::add);

        // 38B over 84 months, three of them in the quarter: $1.357B.
        assertThat(shown).last().asString()
                .startsWith("Amazon (AWS)").contains("(official), 2026-Q1: $1.36B")
                .contains("AWS cloud capacity: $1.36B")
                .contains("[1] Example News");
    }

    @Test
    void theNewestRequestWinsEvenIfAnOlderOneFinishesLater() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        ChartsViewModel slow = viewModel(deferred);
        slow.setActive(true);
        slow.groupByProperty().set(GroupBy.KIND);

        assertThat(deferred.waiting()).isEqualTo(2);
        assertThat(deferred.isCancelled(0)).as("the older request is cancelled").isTrue();
        assertThat(slow.state().busyProperty().get()).isTrue();

        deferred.run(1);
        assertThat(groupKeys(slow.state().shown().model())).containsExactly("CLOUD_SERVICES");
        deferred.run(0);

        assertThat(groupKeys(slow.state().shown().model())).containsExactly("CLOUD_SERVICES");
        assertThat(slow.state().busyProperty().get()).isFalse();
    }

    @Test
    void anInactiveViewComputesOnlyWhenShownAgain() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        ChartsViewModel hidden = viewModel(deferred);

        hidden.groupByProperty().set(GroupBy.KIND);
        workspace.filterProperty().set(workspace.filter().withText("aws"));
        assertThat(deferred.waiting()).isZero();

        hidden.setActive(true);
        assertThat(deferred.waiting()).isEqualTo(1);
        deferred.runAll();
        assertThat(hidden.state().shown().model().grandTotal()).isEqualTo(38 * BILLION_CENTS);
    }

    @Test
    void exportWritesTheChosenFileAtTheChosenScaleWithoutHiddenGroups(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        model.state().toggleGroup("oracle");
        java.nio.file.Path png = dir.resolve("chart.png");
        dialogs.fileNext(png).chooseNext(1);

        model.state().exportWithDialog(640, 400);

        BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(dialogs.exported()).containsExactly(png);

        java.nio.file.Path svg = dir.resolve("chart.svg");
        dialogs.fileNext(svg);
        model.state().exportWithDialog(640, 400);

        String text = java.nio.file.Files.readString(svg);
        assertThat(text).contains(">Amazon (AWS)<").doesNotContain(">Oracle<");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void exportWithoutAKnownExtensionWritesSvg(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        dialogs.fileNext(dir.resolve("chart"));

        model.state().exportWithDialog(640, 400);

        assertThat(java.nio.file.Files.readString(dir.resolve("chart.svg"))).contains("<svg").contains(">Oracle<");
    }

    @Test
    void exportOverTheOpenRegisterThroughALinkIsRefusedInADialogAndWritesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path db = java.nio.file.Files.writeString(dir.resolve("register.db"), "the register");
        java.nio.file.Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("chart.svg"), db);
        ChartsViewModel guarded = new ChartsViewModel(workspace, analysis, ChartToolkit.create(analysis, OutputTargets.of(db)),
                new CurrentThreadTaskExecutor(), dialogs, (image, svg) -> { }, bundle);
        guarded.setActive(true);
        dialogs.fileNext(link);

        guarded.state().exportWithDialog(640, 400);

        assertThat(dialogs.errors()).singleElement().asString()
                .isEqualTo("Refusing to write the chart to " + link + ": it is the open register. Nothing was written; choose another file.");
        assertThat(java.nio.file.Files.readString(db)).isEqualTo("the register");
        assertThat(dialogs.exported()).isEmpty();
    }

    @Test
    void copyPutsTheChartAtTwiceItsSizeWithItsSvg() {
        model.state().copy(500, 300);

        assertThat(copiedImages).hasSize(1);
        assertThat(copiedImages.get(0).getWidth()).isEqualTo(1000);
        assertThat(copiedImages.get(0).getHeight()).isEqualTo(600);
        assertThat(copiedSvgs.get(0)).contains("<svg").contains(">Amazon (AWS)<");
    }

    private static List<String> groupKeys(ChartModel chart) {
        return chart.series().stream().map(ChartSeries::groupKey).distinct().toList();
    }

    @Test
    void theGroupingFollowsTheWorkspaceBothWaysAndAStartingOneIsTaken() {
        model.groupByProperty().set(GroupBy.STATUS);
        assertThat(workspace.chartGroupingProperty().get()).isEqualTo(GroupBy.STATUS);

        workspace.chartGroupingProperty().set(GroupBy.KIND);
        assertThat(model.groupByProperty().get()).isEqualTo(GroupBy.KIND);

        // A saved view applied before the Charts tab was first shown: the tab is made with its grouping.
        WorkspaceModel another = new WorkspaceModel();
        another.setPortfolio(TestPortfolios.portfolio());
        another.chartGroupingProperty().set(GroupBy.CONFIDENCE);
        ChartsViewModel late = new ChartsViewModel(another, analysis, toolkit, new CurrentThreadTaskExecutor(), dialogs,
                (image, svg) -> { }, bundle);
        assertThat(late.groupByProperty().get()).isEqualTo(GroupBy.CONFIDENCE);
    }
}
