package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.NettingLine;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every kind of figure gets its hatching in every chart that draws it (MarkFixtures), whatever the
 * grouping; the parts of a group add up to the service's own series; the umbrella's remainder is a
 * segment of its own whose value is the netting line's.
 */
class FigureMarksTest {

    private final Portfolio portfolio = MarkFixtures.portfolio();
    private final ChartModelFactory factory = ChartFixtures.modelFactory();

    private ChartModel chart(ChartType type, GroupBy groupBy) {
        return factory.create(portfolio, ChartRequest.of(type, groupBy, Granularity.QUARTER, DealFilter.ALL));
    }

    /** The marks of the one series that holds the deal. */
    private static Set<FigureMark> marksOf(ChartModel model, String dealId) {
        List<ChartSeries> holding = model.series().stream().filter(s -> s.dealIds().contains(dealId)).toList();
        assertThat(holding).as("series holding " + dealId).hasSize(1);
        return holding.get(0).marks();
    }

    @ParameterizedTest
    @EnumSource(value = ChartType.class, names = {"COMMITMENTS", "CUMULATIVE", "RUN_RATE"})
    void eachMoneyFigureGetsItsOwnHatchingInEveryMoneyChart(ChartType type) {
        for (GroupBy groupBy : List.of(GroupBy.COUNTERPARTY, GroupBy.KIND, GroupBy.CONFIDENCE, GroupBy.NONE)) {
            ChartModel model = chart(type, groupBy);

            assertThat(marksOf(model, "official")).isEmpty();
            assertThat(marksOf(model, "reported")).containsExactly(FigureMark.REPORTED);
            assertThat(marksOf(model, "estimate")).containsExactly(FigureMark.ESTIMATE);
            assertThat(marksOf(model, "ceiling")).containsExactly(FigureMark.CEILING);
            assertThat(marksOf(model, "assumed")).containsExactly(FigureMark.ASSUMED);
            assertThat(marksOf(model, "lump")).containsExactly(FigureMark.ASSUMED);
            assertThat(marksOf(model, "programme")).containsExactly(FigureMark.REMAINDER);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ChartType.class, names = {"CAPACITY", "CAPACITY_CONTRACTED"})
    void gigawattsAreHatchedByConfidenceAndPlacementButNotByTheMoneysCeiling(ChartType type) {
        for (GroupBy groupBy : List.of(GroupBy.COUNTERPARTY, GroupBy.KIND, GroupBy.NONE)) {
            ChartModel model = chart(type, groupBy);

            assertThat(marksOf(model, "official")).isEmpty();
            assertThat(marksOf(model, "reported")).containsExactly(FigureMark.REPORTED);
            assertThat(marksOf(model, "estimate")).containsExactly(FigureMark.ESTIMATE);
            assertThat(marksOf(model, "ceiling")).isEmpty();
            assertThat(marksOf(model, "assumed")).containsExactly(FigureMark.ASSUMED);
            assertThat(marksOf(model, "lump")).containsExactly(FigureMark.ASSUMED);
            assertThat(marksOf(model, "programme")).containsExactly(FigureMark.REMAINDER);
        }
    }

    @Test
    void timelineBarsCarryTheMarksOfTheirDeals() {
        ChartModel model = chart(ChartType.TIMELINE, GroupBy.KIND);

        assertThat(model.bars()).filteredOn(b -> b.dealId().equals("official")).singleElement()
                .satisfies(b -> assertThat(b.marks()).isEmpty());
        assertThat(barMarks(model, "reported")).containsExactly(FigureMark.REPORTED);
        assertThat(barMarks(model, "estimate")).containsExactly(FigureMark.ESTIMATE);
        assertThat(barMarks(model, "ceiling")).containsExactly(FigureMark.CEILING);
        assertThat(barMarks(model, "assumed")).containsExactly(FigureMark.ASSUMED);
        assertThat(barMarks(model, "lump")).containsExactly(FigureMark.ASSUMED);
        assertThat(barMarks(model, "programme")).containsExactly(FigureMark.REMAINDER);
        assertThat(model.bars()).filteredOn(b -> b.dealId().equals("programme")).singleElement()
                .extracting(TimelineBar::title).isEqualTo("Programme, not yet allocated to a named deal");
        // Reported and estimated bars are explained by the style swatches, which carry the same hatching.
        assertThat(model.legend()).extracting(LegendEntry::pattern).filteredOn(m -> m != null)
                .containsExactly(FigureMark.CEILING, FigureMark.ASSUMED, FigureMark.REMAINDER);
        assertThat(model.legend()).extracting(LegendEntry::label).contains("Reported (light fill)", "Estimate (dashed outline)");
    }

    private static Set<FigureMark> barMarks(ChartModel model, String dealId) {
        return model.bars().stream().filter(b -> b.dealId().equals(dealId)).findFirst().orElseThrow().marks();
    }

    @Test
    void theLegendExplainsEachHatchingOnceAndNamesTheRemainder() {
        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY);

        List<LegendEntry> patterns = model.legend().stream().filter(e -> e.kind() == LegendEntry.Kind.PATTERN).toList();
        // Reported and estimated figures are explained by their style swatches, which show the same hatching.
        assertThat(patterns).extracting(LegendEntry::label).containsExactly(
                "Programme, not yet allocated to a named deal",
                "Ceiling, \u201cup to\u201d (horizontal lines)", "Placed at assumed times (vertical dashes)");
        assertThat(model.legend()).extracting(LegendEntry::label).contains("Reported (light fill)", "Estimate (dashed outline)");
        assertThat(model.legend()).extracting(LegendEntry::key).doesNotHaveDuplicates();
    }

    @Test
    void theGroupsPartsAddUpToTheGroupPeriodByPeriod() {
        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY);
        List<Integer> acme = model.seriesIndexesOfGroup("acme");

        // official, reported, estimate, ceiling, assumed (with the lump): $72B over 2026, in five parts.
        assertThat(acme).hasSize(5);
        long sum = acme.stream().mapToLong(i -> model.series().get(i).total()).sum();
        assertThat(sum).isEqualTo(72 * MarkFixtures.BILLION);
        int q1 = model.periodLabels().indexOf("2026-Q1");
        long q1Sum = acme.stream().mapToLong(i -> model.series().get(i).values().get(q1)).sum();
        // Five deals at $1B a month for three months, and the lump's $12B in March.
        assertThat(q1Sum).isEqualTo(15 * MarkFixtures.BILLION + 12 * MarkFixtures.BILLION);
    }

    @Test
    void theRemainderIsItsOwnSegmentWorthTheNettingLinesCountedValue() {
        NettingLine line = ChartFixtures.analysis().netting(portfolio, DealFilter.ALL).get(0);
        for (GroupBy groupBy : List.of(GroupBy.COUNTERPARTY, GroupBy.KIND, GroupBy.STATUS, GroupBy.NONE)) {
            ChartModel money = chart(ChartType.COMMITMENTS, groupBy);
            ChartSeries remainder = money.series().stream().filter(s -> s.marks().contains(FigureMark.REMAINDER)).findFirst()
                    .orElseThrow();

            assertThat(remainder.label()).isEqualTo("Programme, not yet allocated to a named deal");
            assertThat(remainder.dealIds()).containsExactly("programme");
            assertThat(remainder.total()).isEqualTo(line.countedMinor()).isEqualTo(70 * MarkFixtures.BILLION);
        }
        ChartModel capacity = factory.create(portfolio, new ChartRequest(ChartType.CAPACITY, GroupBy.KIND, Granularity.QUARTER,
                DealFilter.ALL, false));
        ChartSeries remainder = capacity.series().stream().filter(s -> s.marks().contains(FigureMark.REMAINDER)).findFirst()
                .orElseThrow();
        assertThat(remainder.total()).isEqualTo(line.countedKilowatts()).isEqualTo(6_000_000L);
        assertThat(money().footnote()).contains("Programme: $100B over 2025: $100B less $30B in its named parts, $70B counted");
    }

    private ChartModel money() {
        return chart(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY);
    }

    @Test
    void theFootnoteListsEveryDealPlacedAtAssumedTimesAndHow() {
        ChartModel model = chart(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY);

        assertThat(model.placements()).extracting(AssumedPlacement::dealId).containsExactly("assumed", "lump");
        assertThat(model.footnote()).contains("Placed at times no source states: "
                + "Assumed deal: spread evenly from January 2026 to an assumed end in December 2026; "
                + "Lump deal: lump in March 2026, the month it became known (no term stated).");
        ChartModel gross = factory.create(portfolio, ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY,
                Granularity.QUARTER, DealFilter.ALL.withGross(true)));
        assertThat(gross.series()).noneMatch(s -> s.marks().contains(FigureMark.REMAINDER));
        assertThat(EnumSet.copyOf(gross.series().stream().flatMap(s -> s.marks().stream()).toList()))
                .containsExactlyInAnyOrder(FigureMark.REPORTED, FigureMark.ESTIMATE, FigureMark.CEILING, FigureMark.ASSUMED);
    }
}
