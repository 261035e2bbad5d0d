package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Measure;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineQuery;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartModelFactoryTest {

    private static final long BILLION_CENTS = 100_000_000_000L;

    private final Portfolio portfolio = ChartFixtures.portfolio();
    private final ChartModelFactory factory = ChartFixtures.modelFactory();

    private ChartModel chart(ChartType type, GroupBy groupBy, Granularity granularity, DealFilter filter) {
        return factory.create(portfolio, ChartRequest.of(type, groupBy, granularity, filter));
    }

    @Test
    void commitmentsAddUpToEveryDisclosedDealOnce() {
        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL);

        // 38 (AWS) + 300 (Oracle) + 90 (AMD) + 22.4 (CoreWeave, latest revision); Broadcom is undisclosed.
        assertThat(model.grandTotal()).isEqualTo(4504 * BILLION_CENTS / 10);
        assertThat(model.unit()).isEqualTo(ValueUnit.BILLIONS);
        assertThat(model.valueAxisLabel()).isEqualTo("US$ billions");
        assertThat(model.undisclosedDealIds()).containsExactly("broadcom");
    }

    @Test
    void eachGroupIsSplitByConfidenceAndDrawnInTheMatchingStyle() {
        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL);

        assertThat(model.series()).extracting(ChartSeries::key)
                .containsExactly("oracle|REPORTED", "amd|ESTIMATE", "amazon|OFFICIAL", "coreweave|REPORTED");
        assertThat(model.series()).extracting(ChartSeries::style)
                .containsExactly(SeriesStyle.LIGHT, SeriesStyle.DASHED, SeriesStyle.SOLID, SeriesStyle.LIGHT);
        assertThat(model.series().get(0).label()).isEqualTo("Oracle\u2009(reported)");
    }

    @Test
    void aGroupWithFiguresOfTwoConfidencesStacksOfficialBelowReportedInOneColour() {
        Deal official = DealBuilder.deal("a").counterparty("amazon").value("10", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build();
        Deal reported = DealBuilder.deal("b").counterparty("amazon").value("5", ValueBasis.TOTAL_OVER_TERM)
                .confidence(Confidence.REPORTED).term("2026-01", 12).build();
        Portfolio two = PortfolioBuilder.portfolio().party("amazon", "Amazon").deals(reported, official).build();

        ChartModel model = factory.create(two, ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL));

        assertThat(model.series()).extracting(ChartSeries::key).containsExactly("amazon|OFFICIAL", "amazon|REPORTED");
        assertThat(model.series().get(0).colour()).isEqualTo(model.series().get(1).colour());
        assertThat(model.series()).extracting(ChartSeries::total).containsExactly(10 * BILLION_CENTS, 5 * BILLION_CENTS);
        assertThat(model.legend()).extracting(LegendEntry::label)
                .containsExactly("Amazon", "Official (solid)", "Reported (light fill)");
        assertThat(model.seriesIndexesOfGroup("amazon")).containsExactly(0, 1);
    }

    @ParameterizedTest
    @EnumSource(value = ChartType.class, names = {"COMMITMENTS", "CUMULATIVE", "CAPACITY"})
    void theCellsOfEverySegmentAddUpToItsValue(ChartType type) {
        ChartModel model = chart(type, GroupBy.COUNTERPARTY, Granularity.QUARTER, DealFilter.ALL);

        assertThat(model.series()).isNotEmpty();
        for (int s = 0; s < model.series().size(); s++) {
            for (int p = 0; p < model.periodStarts().size(); p++) {
                long cells = model.cells().deals(s, p).stream().mapToLong(CellIndex.CellDeal::amount).sum();
                assertThat(cells).as("%s series %d period %d", type, s, p).isEqualTo(model.series().get(s).values().get(p));
            }
        }
    }

    @Test
    void aSegmentNamesTheDealsBehindIt() {
        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.KIND, Granularity.YEAR, DealFilter.ALL);
        List<String> keys = model.series().stream().map(ChartSeries::key).toList();
        int cloudReported = keys.indexOf("CLOUD_SERVICES|REPORTED");
        int cloudCeiling = keys.indexOf("CLOUD_SERVICES|REPORTED|CEILING");
        int year2025 = model.periodLabels().indexOf("2025");
        int year2027 = model.periodLabels().indexOf("2027");

        // CoreWeave's "up to" is a segment of its own, hatched as a ceiling, above Oracle's reported figure.
        assertThat(model.dealIdsAt(cloudReported, year2025)).isEmpty();
        assertThat(model.dealIdsAt(cloudCeiling, year2025)).containsExactly("coreweave");
        assertThat(model.dealIdsAt(cloudReported, year2027)).containsExactly("oracle");
        assertThat(model.dealIdsAt(cloudCeiling, year2027)).containsExactly("coreweave");
        assertThat(model.dealIdsAt(cloudReported, 99)).isEmpty();
    }

    @Test
    void aCumulativeSegmentHoldsEveryDealPlacedUpToItsPeriod() {
        ChartModel model = chart(ChartType.CUMULATIVE, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL);
        int oracle = model.seriesIndexesOfGroup("oracle").get(0);
        List<Long> values = model.series().get(oracle).values();

        assertThat(values).isSortedAccordingTo(Long::compare);
        assertThat(values.get(values.size() - 1)).isEqualTo(300 * BILLION_CENTS);
        assertThat(model.dealIdsAt(oracle, values.size() - 1)).containsExactly("oracle");
        assertThat(model.grandTotal()).isEqualTo(4504 * BILLION_CENTS / 10);
    }

    @Test
    void periodicValuesAreTheAnalysisServicesOwn() {
        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.CONFIDENCE, Granularity.QUARTER, DealFilter.ALL);
        Timeline timeline = ChartFixtures.analysis().timeline(portfolio,
                new TimelineQuery(DealFilter.ALL, GroupBy.CONFIDENCE, Granularity.QUARTER, Measure.MONEY, false));

        assertThat(model.periodStarts()).isEqualTo(timeline.periodStarts());
        for (var series : timeline.series()) {
            // A group's marked parts (ceilings, assumed placements...) add up to the service's series, period by period.
            List<Integer> parts = model.seriesIndexesOfGroup(series.key());
            List<Long> sums = new ArrayList<>();
            for (int p = 0; p < model.periodStarts().size(); p++) {
                long sum = 0;
                for (int index : parts) {
                    sum += model.series().get(index).values().get(p);
                }
                sums.add(sum);
            }
            assertThat(sums).isEqualTo(series.values());
        }
        // Reported figures are two segments (CoreWeave's ceiling apart), both light.
        assertThat(model.series()).extracting(ChartSeries::style)
                .containsExactlyInAnyOrder(SeriesStyle.SOLID, SeriesStyle.LIGHT, SeriesStyle.LIGHT, SeriesStyle.DASHED);
    }

    @Test
    void capacityIsCountedInKilowattsAndShownInGigawatts() {
        ChartModel model = chart(ChartType.CAPACITY, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL);

        // Online at the end of 2029: Oracle's 4.5 GW evenly over 2027-2031 (3 of 5 years: 2.7 GW), AMD's
        // 6 GW evenly over 48 months from 2026-07 (42 of them: 5.25 GW) and Broadcom's 10 GW (value
        // undisclosed but capacity known, to 2029-12); by the end of 2031 only Oracle's 4.5 GW is left.
        int year2029 = model.periodStarts().indexOf(java.time.YearMonth.of(2029, 1));
        assertThat(model.periodTotal(year2029)).isEqualTo(2_700_000L + 5_250_000L + 10_000_000L);
        assertThat(model.grandTotal()).isEqualTo(4_500_000L);
        assertThat(model.unit()).isEqualTo(ValueUnit.GIGAWATTS);
        assertThat(model.unit().exact(model.grandTotal())).isEqualByComparingTo("4.5");
        assertThat(model.title()).isEqualTo("Capacity online (GW) at the end of each period");
        assertThat(model.undisclosedDealIds()).isEmpty();
        assertThat(model.footnote()).doesNotContain("ceiling");
    }

    @Test
    void theFootnoteNumbersItsSourcesByDateAndGroupsThemByPublisher() {
        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL);

        assertThat(model.sources()).extracting(ref -> ref.source().id()).containsExactly("S7", "S14", "S8", "S90", "S24");
        assertThat(model.footnote()).startsWith("Sources: Reuters [1, 3]; The Wall Street Journal [2]; Citi Research [4]; DigiTimes [5]")
                .contains("Not drawn: 1 deal with no disclosed value (Broadcom accelerators).")
                .contains("1 ceiling (\u201cup to\u201d)");
    }

    @Test
    void aSharedIndexKeepsTheSameNumbersAcrossCharts() {
        SourceIndex shared = SourceIndex.of(List.of(ChartFixtures.DIGITIMES, ChartFixtures.BROADCOM, ChartFixtures.REUTERS_MARCH));

        ChartModel model = factory.create(portfolio,
                ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL), shared);

        // Only the indexed sources are cited, with the index's numbers: Reuters 2025-03 [1], DigiTimes [3].
        assertThat(model.sources()).extracting(SourceRef::number).containsExactly(1, 3);
        assertThat(model.footnote()).startsWith("Sources: Reuters [1]; DigiTimes [3]");
    }

    @Test
    void theAsOfDateHidesWhatWasNotYetKnownAndIsNamedInTheSubtitle() {
        DealFilter june2025 = DealFilter.ALL.withAsOf(LocalDate.of(2025, 6, 1));

        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, june2025);

        assertThat(model.dealIds()).containsExactly("coreweave");
        assertThat(model.grandTotal()).isEqualTo(119 * BILLION_CENTS / 10);
        assertThat(model.asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(model.subtitle()).contains("as known on 2025-06-01").contains("1 deal");
    }

    @Test
    void theSubtitleNamesGroupingPeriodFiltersAndTheDayOfTheFigures() {
        DealFilter filter = new DealFilter("cloud", java.util.Set.of(), java.util.Set.of(DealKind.CLOUD_SERVICES), null, null,
                null, null, null, null);

        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.QUARTER, filter);

        assertThat(model.title()).isEqualTo("Commitments per quarter");
        assertThat(model.subtitle()).isEqualTo(
                "By counterparty, per quarter\u2002\u00b7\u2002matching \u201ccloud\u201d\u2002\u00b7\u2002kinds: Cloud services"
                        + "\u2002\u00b7\u2002latest figures (as of 2026-05-01)\u2002\u00b7\u20023 deals");
    }

    @Test
    void aKeyHasTheSameColourInEveryChart() {
        ChartModel byKind = chart(ChartType.COMMITMENTS, GroupBy.KIND, Granularity.YEAR, DealFilter.ALL);
        ChartModel timeline = chart(ChartType.TIMELINE, GroupBy.KIND, Granularity.YEAR, DealFilter.ALL);
        ChartModel capacityByKind = chart(ChartType.CAPACITY, GroupBy.KIND, Granularity.YEAR, DealFilter.ALL);

        var chips = byKind.series().get(byKind.seriesIndexesOfGroup("CHIPS").get(0)).colour();
        assertThat(timeline.bars().stream().filter(b -> b.dealId().equals("amd")).findFirst().orElseThrow().colour()).isEqualTo(chips);
        assertThat(capacityByKind.series().get(capacityByKind.seriesIndexesOfGroup("CHIPS").get(0)).colour()).isEqualTo(chips);
    }

    @Test
    void manySmallGroupsAreGatheredIntoOtherWithoutLosingMoney() {
        List<Deal> deals = new ArrayList<>();
        IntStream.rangeClosed(1, 12).forEach(i -> deals.add(DealBuilder.deal("d" + i).counterparty("party-" + i)
                .value(Integer.toString(i), ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build()));
        Portfolio many = PortfolioBuilder.portfolio().deals(deals).build();

        ChartModel model = factory.create(many, ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL));

        assertThat(model.series()).hasSize(PeriodicChartBuilder.MAX_NAMED_GROUPS + 1);
        ChartSeries other = model.series().get(model.series().size() - 1);
        assertThat(other.groupKey()).isEqualTo(ChartModel.OTHER_KEY);
        assertThat(other.label()).startsWith("Other (4 groups)");
        assertThat(other.dealIds()).containsExactlyInAnyOrder("d1", "d2", "d3", "d4");
        assertThat(other.total()).isEqualTo(10 * BILLION_CENTS);
        assertThat(model.grandTotal()).isEqualTo(78 * BILLION_CENTS);
        assertThat(model.series().stream().map(ChartSeries::colour).distinct()).hasSize(model.series().size());
    }

    @Test
    void theTimelineHasOneBarPerDealAcrossItsTermWithItsEvents() {
        ChartModel model = chart(ChartType.TIMELINE, GroupBy.KIND, Granularity.YEAR, DealFilter.ALL);

        assertThat(model.bars()).extracting(TimelineBar::dealId).containsExactly("coreweave", "aws", "broadcom", "amd", "oracle");
        TimelineBar coreweave = model.bars().get(0);
        assertThat(coreweave.start()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(coreweave.end()).isEqualTo(YearMonth.of(2030, 2));
        assertThat(coreweave.valueText()).isEqualTo("up to $22.4B");
        assertThat(coreweave.style()).isEqualTo(SeriesStyle.LIGHT);
        assertThat(coreweave.markers()).extracting(TimelineMarker::kind, TimelineMarker::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TimelineMarker.Kind.ANNOUNCED, LocalDate.of(2025, 3, 10)),
                org.assertj.core.groups.Tuple.tuple(TimelineMarker.Kind.REVISED, LocalDate.of(2025, 9, 25)));
        TimelineBar amd = model.bars().get(3);
        assertThat(amd.markers()).extracting(TimelineMarker::label).contains("First GW");
        assertThat(amd.valueText()).isEqualTo("$90B, 6 GW");
        assertThat(model.bars().get(2).valueText()).isEqualTo("undisclosed, 10 GW");
        assertThat(model.legend()).extracting(LegendEntry::label).contains("Cloud services", "Chips", "Custom silicon",
                "Estimate (dashed outline)", "Announced", "Terms revised", "Milestone");
    }

    @Test
    void theTimelineAsOfADateShowsOnlyTheEventsKnownThen() {
        ChartModel model = chart(ChartType.TIMELINE, GroupBy.KIND, Granularity.YEAR, DealFilter.ALL.withAsOf(LocalDate.of(2025, 6, 1)));

        assertThat(model.bars()).extracting(TimelineBar::dealId).containsExactly("coreweave");
        assertThat(model.bars().get(0).markers()).extracting(TimelineMarker::kind).containsExactly(TimelineMarker.Kind.ANNOUNCED);
        assertThat(model.bars().get(0).valueText()).isEqualTo("up to $11.9B");
    }

    @Test
    void anEmptySelectionGivesAnEmptyChartNotAnError() {
        DealFilter nothing = DealFilter.ALL.withText("no deal is called this");

        for (ChartType type : ChartType.values()) {
            ChartModel model = chart(type, GroupBy.COUNTERPARTY, Granularity.MONTH, nothing);
            assertThat(model.isEmpty()).as(type.name()).isTrue();
            assertThat(model.footnote()).isEqualTo("Sources: none recorded for these deals.");
        }
    }
}
