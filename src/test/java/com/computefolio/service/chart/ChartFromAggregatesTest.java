package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The stacked charts drawn from the service's aggregates are the charts the old road drew from one
 * timeline per confidence and every deal's cells ({@link TimelinesChartBuilder}, kept as the
 * yardstick): the same series (values to the cent and the kilowatt, deals, caveats, marks), legend,
 * footnote, placements and sources, and the same deals behind each segment.
 */
class ChartFromAggregatesTest {

    private static final String[] TYPED = {null, "t", "te", "tensor", "cloud", "o", "zzz-nothing"};
    private static final List<ChartType> TYPES = List.of(ChartType.COMMITMENTS, ChartType.CUMULATIVE, ChartType.RUN_RATE,
            ChartType.CAPACITY, ChartType.CAPACITY_CONTRACTED);
    private static final List<Set<Confidence>> CONFIDENCES = List.of(Set.of(), Set.of(Confidence.REPORTED),
            Set.of(Confidence.OFFICIAL, Confidence.ESTIMATE));
    private static final List<Set<MoneyDirection>> DIRECTIONS = List.of(Set.of(), Set.of(MoneyDirection.INFLOW),
            Set.of(MoneyDirection.COMMITMENT, MoneyDirection.INFLOW));

    @Property(tries = 120)
    void drawsWhatTheTimelinesAndCellsDrew(@ForAll @IntRange(min = 1, max = 1_000) int seed,
                                           @ForAll @IntRange(min = 0, max = 6) int typed,
                                           @ForAll @IntRange(min = 0, max = 4) int type,
                                           @ForAll @IntRange(min = 0, max = 6) int groupBy,
                                           @ForAll @IntRange(min = 0, max = 2) int granularity,
                                           @ForAll @IntRange(min = 0, max = 3) int asOf,
                                           @ForAll @IntRange(min = 0, max = 2) int confidences,
                                           @ForAll @IntRange(min = 0, max = 2) int directions,
                                           @ForAll @IntRange(min = 0, max = 3) int range,
                                           @ForAll @IntRange(min = 0, max = 3) int scenario,
                                           @ForAll boolean gross) {
        Portfolio portfolio = new SyntheticPortfolioGenerator().generate(250, seed);
        List<Scenario> scenarios = Scenarios.builtIn().all();
        DealFilter filter = new DealFilter(TYPED[typed], Set.of(), Set.of(), Set.of(), CONFIDENCES.get(confidences),
                range == 1 || range == 3 ? LocalDate.of(2026, 2, 14) : null, range >= 2 ? LocalDate.of(2031, 8, 3) : null,
                asOf == 0 ? null : LocalDate.of(2023 + asOf, 6, 30), DIRECTIONS.get(directions),
                scenarios.get(scenario % scenarios.size()), gross);
        ChartRequest request = ChartRequest.of(TYPES.get(type), GroupBy.values()[groupBy], Granularity.values()[granularity], filter);
        AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
        ChartText text = ChartText.english();
        LocalDate generated = LocalDate.of(2026, 5, 1);

        ChartModel drawn = new PeriodicChartBuilder(analysis, text).build(portfolio, request, null, generated, "title");
        ChartModel yardstick = new TimelinesChartBuilder(analysis, text).build(portfolio, request, null, generated, "title");

        assertThat(drawn.periodStarts()).isEqualTo(yardstick.periodStarts());
        assertThat(drawn.series()).isEqualTo(yardstick.series());
        assertThat(drawn.legend()).isEqualTo(yardstick.legend());
        assertThat(drawn.subtitle()).isEqualTo(yardstick.subtitle());
        assertThat(drawn.footnote()).isEqualTo(yardstick.footnote());
        assertThat(drawn.placements()).isEqualTo(yardstick.placements());
        assertThat(drawn.sources()).isEqualTo(yardstick.sources());
        assertThat(drawn.undisclosedDealIds()).isEqualTo(yardstick.undisclosedDealIds());
        assertThat(drawn.currency()).isEqualTo(yardstick.currency());
        assertThat(drawn.overlays()).isEqualTo(yardstick.overlays());
        for (int s = 0; s < drawn.series().size(); s++) {
            for (int p = 0; p < drawn.periodStarts().size(); p++) {
                assertThat(drawn.cells().deals(s, p)).as("segment %d, %d", s, p).isEqualTo(yardstick.cells().deals(s, p));
            }
        }
    }
}
