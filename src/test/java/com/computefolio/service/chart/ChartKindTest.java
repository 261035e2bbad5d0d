package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each chart type's own answers: what it adds up, running totals, drawing, title and file name. */
class ChartKindTest {

    private final ChartModelFactory models = ChartFixtures.modelFactory();

    private static ChartRequest request(ChartType type, boolean cumulative) {
        return new ChartRequest(type, GroupBy.KIND, Granularity.YEAR, DealFilter.ALL, cumulative);
    }

    @Test
    void onlyCapacityLetsTheRequestChooseARunningTotal() {
        for (boolean asked : new boolean[] {false, true}) {
            assertThat(request(ChartType.COMMITMENTS, asked).cumulative()).isFalse();
            assertThat(request(ChartType.CUMULATIVE, asked).cumulative()).isTrue();
            assertThat(request(ChartType.CAPACITY, asked).cumulative()).isEqualTo(asked);
            assertThat(request(ChartType.TIMELINE, asked).cumulative()).isFalse();
            assertThat(request(ChartType.RUN_RATE, asked).cumulative()).isFalse();
        }
        assertThat(ChartRequest.of(ChartType.CAPACITY, null, null, null).cumulative()).isTrue();
        assertThat(ChartRequest.of(ChartType.COMMITMENTS, null, null, null).cumulative()).isFalse();
    }

    @Test
    void runningTotalsAreDrawnAsAreasPeriodsAsBarsAndTheTimelineAsOneBarPerDeal() {
        assertThat(drawing(ChartType.COMMITMENTS, false)).isEqualTo(ChartDrawing.STACKED_BARS);
        assertThat(drawing(ChartType.CUMULATIVE, false)).isEqualTo(ChartDrawing.STACKED_AREAS);
        assertThat(drawing(ChartType.CAPACITY, true)).isEqualTo(ChartDrawing.STACKED_AREAS);
        assertThat(drawing(ChartType.CAPACITY, false)).isEqualTo(ChartDrawing.STACKED_BARS);
        assertThat(drawing(ChartType.TIMELINE, false)).isEqualTo(ChartDrawing.DEAL_BARS);
        assertThat(drawing(ChartType.FLOWS, false)).isEqualTo(ChartDrawing.DIVERGING_BARS);
        assertThat(drawing(ChartType.COMPARE, false)).isEqualTo(ChartDrawing.LINES);
    }

    @Test
    void eachKindAddsUpItsOwnMeasure() {
        assertThat(List.of(ChartType.values())).extracting(ChartType::measure)
                .containsExactly(Measure.MONEY, Measure.MONEY, Measure.CAPACITY, Measure.CAPACITY, Measure.MONEY, null, Measure.MONEY,
                        Measure.MONEY);
    }

    @Test
    void eachKindBuildsItsModelWithItsTitle() {
        assertThat(title(ChartType.COMMITMENTS, false)).isEqualTo("Commitments per year");
        assertThat(title(ChartType.CUMULATIVE, true)).isEqualTo("Cumulative commitments");
        assertThat(title(ChartType.CAPACITY, true)).isEqualTo("Capacity online (GW) at the end of each period");
        assertThat(title(ChartType.CAPACITY, false)).isEqualTo("Capacity added per year (GW)");
        assertThat(title(ChartType.TIMELINE, false)).isEqualTo("Deal timeline: each deal across its term");
        assertThat(title(ChartType.RUN_RATE, false)).isEqualTo("Commitments per year at a yearly rate");
        assertThat(title(ChartType.CAPACITY_CONTRACTED, false)).isEqualTo("Capacity under contract (GW) at the end of each period");
        assertThat(request(ChartType.CAPACITY_CONTRACTED, false).cumulative()).isTrue();
    }

    @Test
    void aRunRateIsEachPeriodTimesThePeriodsInAYearAndItsTotalWhatWasCommitted() {
        ChartRequest quarters = new ChartRequest(ChartType.COMMITMENTS, GroupBy.KIND, Granularity.QUARTER, DealFilter.ALL, false);
        ChartModel perQuarter = models.create(ChartFixtures.portfolio(), quarters);
        ChartModel runRate = models.create(ChartFixtures.portfolio(),
                new ChartRequest(ChartType.RUN_RATE, GroupBy.KIND, Granularity.QUARTER, DealFilter.ALL, false));

        assertThat(drawing(ChartType.RUN_RATE, false)).isEqualTo(ChartDrawing.STACKED_BARS);
        assertThat(runRate.periodStarts()).isEqualTo(perQuarter.periodStarts());
        for (int p = 0; p < perQuarter.periodStarts().size(); p++) {
            assertThat(runRate.periodTotal(p)).isEqualTo(4 * perQuarter.periodTotal(p));
        }
        assertThat(runRate.grandTotal()).isEqualTo(perQuarter.grandTotal());
        assertThat(runRate.valueAxisLabel()).isEqualTo("US$ billions a year");
    }

    @Test
    void theTimelineIsBuiltAsBarsAndThePeriodicChartsAsSeries() {
        ChartModel timeline = models.create(ChartFixtures.portfolio(), request(ChartType.TIMELINE, false));
        ChartModel capacity = models.create(ChartFixtures.portfolio(), request(ChartType.CAPACITY, true));

        assertThat(timeline.bars()).isNotEmpty();
        assertThat(timeline.series()).isEmpty();
        assertThat(capacity.series()).isNotEmpty();
        assertThat(capacity.bars()).isEmpty();
    }

    @Test
    void periodicFilesNameTheirGroupingAndPeriodTheTimelineOnlyItself() {
        assertThat(ChartKinds.of(ChartType.COMMITMENTS).fileName(request(ChartType.COMMITMENTS, false))).isEqualTo("commitments-by-kind-year");
        assertThat(ChartKinds.of(ChartType.CAPACITY).fileName(request(ChartType.CAPACITY, true))).isEqualTo("capacity-by-kind-year");
        assertThat(ChartKinds.of(ChartType.TIMELINE).fileName(request(ChartType.TIMELINE, false))).isEqualTo("timeline");
    }

    @Test
    void aLegendGroupSelectsTheDealsOfItsSeriesOrOfItsBars() {
        ChartModel timeline = models.create(ChartFixtures.portfolio(), request(ChartType.TIMELINE, false));
        ChartModel byKind = models.create(ChartFixtures.portfolio(), request(ChartType.COMMITMENTS, false));

        assertThat(timeline.dealIdsOfGroup("CHIPS")).containsExactly("amd");
        assertThat(byKind.dealIdsOfGroup("CHIPS")).containsExactly("amd");
        assertThat(byKind.dealIdsOfGroup("CLOUD_SERVICES")).containsExactlyInAnyOrder("aws", "oracle", "coreweave");
        assertThat(timeline.dealIdsOfGroup("MEMORY")).isEmpty();
        assertThat(timeline.dealIds()).containsExactlyInAnyOrderElementsOf(
                timeline.bars().stream().map(TimelineBar::dealId).toList());
    }

    private static ChartDrawing drawing(ChartType type, boolean cumulative) {
        ChartRequest request = request(type, cumulative);
        return ChartKinds.of(type).drawing(request);
    }

    private String title(ChartType type, boolean cumulative) {
        return models.create(ChartFixtures.portfolio(), request(type, cumulative)).title();
    }
}
