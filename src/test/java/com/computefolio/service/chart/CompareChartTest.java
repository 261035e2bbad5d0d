package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.ScenarioTotals;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.scenario.Stress;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compare chart: one line per scenario, each ending at the total that {@link AnalysisService#compare}
 * (the call behind the compare command and the Compare tab) gives that scenario.
 */
class CompareChartTest {

    private final Portfolio portfolio = ChartFixtures.portfolio();
    private final AnalysisService analysis = ChartFixtures.analysis();
    private final ChartModelFactory models = ChartFixtures.modelFactory();

    private ChartModel compare(Granularity granularity, DealFilter filter, List<Scenario> scenarios) {
        return models.create(portfolio, ChartRequest.of(ChartType.COMPARE, GroupBy.NONE, granularity, filter).withScenarios(scenarios));
    }

    private static Scenario named(String name) {
        return Scenarios.builtIn().find(name).orElseThrow();
    }

    @Test
    void drawsOneLineNamedForEachScenarioInTheOrderAsked() {
        List<Scenario> asked = List.of(named("weighted"), named("firm"), named("ceilings"));

        ChartModel model = compare(Granularity.YEAR, DealFilter.ALL, asked);

        assertThat(model.series()).extracting(ChartSeries::label).containsExactly("weighted", "firm", "ceilings");
        assertThat(model.series()).extracting(ChartSeries::colour).doesNotHaveDuplicates();
        assertThat(model.legend()).extracting(LegendEntry::key).containsExactly("weighted", "firm", "ceilings");
        assertThat(ChartKinds.of(ChartType.COMPARE).drawing(model.request())).isEqualTo(ChartDrawing.LINES);
        assertThat(model.title()).isEqualTo("Cumulative commitments under each scenario");
    }

    @Test
    void withNoScenarioAskedItDrawsEveryBuiltInOne() {
        ChartModel model = compare(Granularity.YEAR, DealFilter.ALL, List.of());

        assertThat(model.series()).extracting(ChartSeries::key)
                .containsExactlyElementsOf(Scenarios.builtIn().all().stream().map(Scenario::name).toList());
    }

    @Test
    void eachLineEndsAtTheTotalTheCompareCommandGivesItsScenario() {
        for (Granularity granularity : Granularity.values()) {
            endsAtTheComparedTotals(granularity);
        }
    }

    private void endsAtTheComparedTotals(Granularity granularity) {
        List<Scenario> all = Scenarios.builtIn().all();

        ChartModel model = compare(granularity, DealFilter.ALL, all);
        List<ScenarioTotals> totals = analysis.compare(portfolio, DealFilter.ALL.withDirections(
                java.util.Set.of(com.computefolio.domain.MoneyDirection.COMMITMENT)), all);

        for (int i = 0; i < all.size(); i++) {
            long total = totals.get(i).totals().commitmentsMinor();
            assertThat(model.series().get(i).last()).as(all.get(i).name() + " per " + granularity).isEqualTo(total);
            assertThat(model.legend().get(i).label()).as(all.get(i).name())
                    .isEqualTo(all.get(i).name() + ": " + ValueFormat.english().money(total, "USD"));
        }
        // The fixture's scenarios differ, or the chart would show nothing a table could not.
        assertThat(model.series().stream().map(ChartSeries::last).distinct().count()).isGreaterThan(2);
    }

    @Test
    void aRunningTotalNeverFallsAndHoldsAfterItsLastPeriod() {
        ChartModel model = compare(Granularity.QUARTER, DealFilter.ALL, Scenarios.builtIn().all());

        for (ChartSeries series : model.series()) {
            assertThat(series.values()).hasSize(model.periodStarts().size()).isSorted();
        }
    }

    @Test
    void anOwnScenarioGetsItsOwnLineAndAStressedFilterStressesEveryLine() {
        Scenario own = named("ceilings").withName("late-ceilings").withStress(new Stress(24, BigDecimal.ZERO));
        DealFilter halved = DealFilter.ALL.withScenario(Scenario.AS_REGISTERED.withStress(new Stress(0, new BigDecimal("50"))));

        ChartModel plain = compare(Granularity.YEAR, DealFilter.ALL, List.of(named("ceilings"), own));
        ChartModel stressed = compare(Granularity.YEAR, halved, List.of(named("firm")));
        ChartModel firm = compare(Granularity.YEAR, DealFilter.ALL, List.of(named("firm")));

        assertThat(plain.series().get(1).label()).isEqualTo("late-ceilings, starts 24 months later");
        assertThat(plain.series().get(1).last()).isEqualTo(plain.series().get(0).last());
        assertThat(plain.series().get(1).values().get(2)).isLessThan(plain.series().get(0).values().get(2));
        assertThat(stressed.series().get(0).last()).isEqualTo(firm.series().get(0).last() / 2);
    }
}
