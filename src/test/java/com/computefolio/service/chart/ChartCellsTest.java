package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.Months;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Measure;
import com.computefolio.service.SyntheticPortfolioGenerator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deals behind each cell of a periodic chart, as tooltips and click-to-select see them. */
class ChartCellsTest {

    private static final Portfolio SYNTHETIC = new SyntheticPortfolioGenerator().generate(150, 11);
    private static final DealFilter WINDOW = new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(),
            LocalDate.of(2026, 5, 1), LocalDate.of(2029, 2, 28), null, Set.of());

    /** Drawn once for both tests: about 250 charts. */
    private static List<Drawn> charts;

    @BeforeAll
    static void drawEveryPeriodicChart() {
        charts = charts(ChartFixtures.modelFactory());
    }

    @Test
    void everyCellAddsUpToTheSegmentItExplains() {
        for (Drawn drawn : charts) {
            ChartModel model = drawn.model();
            CellIndex cells = model.cells();
            for (int s = 0; s < model.series().size(); s++) {
                for (int p = 0; p < model.periodStarts().size(); p++) {
                    long parts = cells.deals(s, p).stream().mapToLong(CellIndex.CellDeal::amount).sum();
                    assertThat(parts).as("%s, series %s, period %s", model.request(), model.series().get(s).key(),
                            model.periodLabels().get(p)).isEqualTo(model.series().get(s).values().get(p));
                }
            }
        }
    }

    @Test
    void theDealsOfACellAreThoseItsDealsOwnSchedulesPlaceThere() {
        ScheduleEngine engine = new ScheduleEngine();
        for (Drawn drawn : charts) {
            ChartModel model = drawn.model();
            CellIndex expected = scheduledAgain(model, drawn.portfolio(), engine);
            for (int s = 0; s < model.series().size(); s++) {
                for (int p = 0; p < model.periodStarts().size(); p++) {
                    assertThat(model.cells().deals(s, p)).as("%s, cell %d/%d", model.request(), s, p)
                            .isEqualTo(expected.deals(s, p));
                }
            }
        }
    }

    /** Every periodic chart type, grouping and period, over the fixtures and (not monthly) a synthetic register, with and without dates. */
    private static List<Drawn> charts(ChartModelFactory models) {
        List<Drawn> result = new ArrayList<>();
        for (Portfolio portfolio : List.of(ChartFixtures.portfolio(), SYNTHETIC)) {
            for (ChartType type : List.of(ChartType.COMMITMENTS, ChartType.CUMULATIVE, ChartType.CAPACITY, ChartType.RUN_RATE)) {
                for (GroupBy groupBy : GroupBy.values()) {
                    for (Granularity granularity : Granularity.values()) {
                        if (portfolio == SYNTHETIC && granularity == Granularity.MONTH) {
                            continue; // hundreds of monthly cells per series: slow to check, and no different in kind
                        }
                        for (DealFilter filter : List.of(DealFilter.ALL, WINDOW)) {
                            result.add(new Drawn(portfolio, models.create(portfolio, ChartRequest.of(type, groupBy, granularity, filter))));
                        }
                    }
                }
            }
            result.add(new Drawn(portfolio, models.create(portfolio, new ChartRequest(ChartType.CAPACITY, GroupBy.KIND,
                    Granularity.QUARTER, DealFilter.ALL, false))));
        }
        return result;
    }

    private record Drawn(Portfolio portfolio, ChartModel model) {
    }

    /** The cells worked out from scratch: each drawn deal scheduled anew and its months counted one by one. */
    private static CellIndex scheduledAgain(ChartModel model, Portfolio portfolio, ScheduleEngine engine) {
        ChartRequest request = model.request();
        Measure measure = request.type().measure();
        DealFilter filter = PeriodicChartBuilder.effectiveFilter(request);
        Map<String, DealView> views = ChartFixtures.analysis().deals(portfolio, filter).stream()
                .collect(Collectors.toMap(v -> v.deal().id(), Function.identity()));
        int periods = model.periodStarts().size();
        CellIndex.Builder cells = new CellIndex.Builder(model.series().size(), periods, request.cumulative());
        if (periods == 0) {
            return cells.build();
        }
        int from = filter.from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(filter.from()));
        int to = filter.to() == null ? Integer.MAX_VALUE : Months.index(YearMonth.from(filter.to()));
        int first = Months.index(model.periodStarts().get(0));
        int step = request.granularity().months();
        // A stock's months end with the last schedule that holds capacity: the month after it is not shown.
        int shownLast = to;
        if (measure == Measure.CAPACITY && request.cumulative()) {
            shownLast = Math.min(to, model.dealIds().stream().map(views::get).map(v -> engine.schedule(v.deal(), v.revision()))
                    .filter(sc -> sc.totalKilowatts() > 0).mapToInt(DealSchedule::endMonth).max().orElse(Integer.MIN_VALUE));
        }
        for (int s = 0; s < model.series().size(); s++) {
            for (String id : model.series().get(s).dealIds()) {
                DealView view = views.get(id);
                DealSchedule schedule = engine.schedule(view.deal(), view.revision());
                if (measure == Measure.MONEY && !schedule.currency().equals(model.currency())) {
                    continue;
                }
                long[] sums = new long[periods];
                // Capacity online: what came online before the window arrives when it opens, and all
                // of it leaves the month after the schedule ends (unless the deal ended before the window).
                boolean stock = measure == Measure.CAPACITY && request.cumulative();
                if (stock && schedule.endMonth() < from) {
                    continue;
                }
                for (int i = 0; i < schedule.length(); i++) {
                    int month = stock ? Math.max(from, schedule.startMonth() + i) : schedule.startMonth() + i;
                    int p = Math.floorDiv(month - first, step);
                    if (month >= from && month <= to && p >= 0 && p < periods) {
                        sums[p] += measure == Measure.MONEY ? schedule.moneyAt(i) : schedule.kilowattsAt(i);
                    }
                }
                int leaves = schedule.endMonth() + 1;
                int leavesIn = Math.floorDiv(leaves - first, step);
                if (stock && leaves <= shownLast && leavesIn >= 0 && leavesIn < periods) {
                    sums[leavesIn] -= schedule.totalKilowatts();
                }
                for (int p = 0; p < periods; p++) {
                    cells.add(s, p, id, view.deal().title(), sums[p] * request.type().mode(request.cumulative()).factor(step == 12
                            ? Granularity.YEAR : step == 3 ? Granularity.QUARTER : Granularity.MONTH));
                }
            }
        }
        return cells.build();
    }
}
