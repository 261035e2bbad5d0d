package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Context series as chart overlays, worked by hand on {@link ContextFixtures}: a year's figure sits
 * at its December, billions become cents exactly ($8.78B = 878,000,000,000 cents), conflicting
 * points become a range, and the published total's two statements ($1,400B, $600B) one range.
 */
class ContextOverlaysTest {

    private final ChartModelFactory factory = ChartFixtures.modelFactory();

    private ChartModel chart(ChartType type, String... overlays) {
        return factory.create(ContextFixtures.portfolio(),
                ChartRequest.of(type, GroupBy.COUNTERPARTY, Granularity.QUARTER, DealFilter.ALL).withOverlays(List.of(overlays)));
    }

    @Test
    void aYearsFigureSitsAtItsDecemberInExactCents() {
        ChartOverlay revenue = chart(ChartType.COMMITMENTS, "revenue").overlays().get(0);

        assertThat(revenue.key()).isEqualTo("openai-revenue");
        assertThat(revenue.months()).containsExactly(YearMonth.of(2024, 12), YearMonth.of(2025, 12));
        assertThat(revenue.values()).containsExactly(370_000_000_000L, 1_310_000_000_000L);
        assertThat(revenue.unit()).isEqualTo(ValueUnit.BILLIONS);
    }

    @Test
    void conflictingPointsOfOneMonthBecomeARangeWithBothSources() {
        ChartModel model = chart(ChartType.COMMITMENTS, "openai-operating-loss");

        ChartRange range = model.ranges().get(0);
        assertThat(range.month()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(range.low()).isEqualTo(500_000_000_000L);
        assertThat(range.high()).isEqualTo(878_000_000_000L);
        assertThat(range.lowSources()).extracting(r -> r.source().id()).containsExactly("C2");
        assertThat(range.highSources()).extracting(r -> r.source().id()).containsExactly("C7");
        // Equally confident: the line goes through the later-listed figure, the range shows both.
        assertThat(model.overlays().get(0).values()).containsExactly(878_000_000_000L, 2_090_000_000_000L);
        assertThat(model.footnote()).contains("Sources disagree: OpenAI operating loss: $5B in 2024 [")
                .contains("(a projection) or $8.78B in 2024 [").contains("Context lines (as stated, not added up): OpenAI operating loss [");
    }

    @Test
    void thePublishedTotalsTwoStatementsAreOneRangeAtTheLatest() {
        ChartModel model = chart(ChartType.CUMULATIVE, "commitments");

        assertThat(model.overlays().get(0).values()).containsExactly(140_000_000_000_000L, 60_000_000_000_000L);
        assertThat(model.ranges()).singleElement().satisfies(r -> {
            assertThat(r.month()).isEqualTo(YearMonth.of(2026, 2));
            assertThat(r.low()).isEqualTo(60_000_000_000_000L);
            assertThat(r.high()).isEqualTo(140_000_000_000_000L);
        });
    }

    @Test
    void theContextSourcesAreNumberedWithTheDeals() {
        ChartModel model = chart(ChartType.COMMITMENTS, "loss");

        assertThat(model.sources()).extracting(r -> r.source().id()).contains("C2", "C7", "S8");
        assertThat(model.overlays().get(0).sources()).extracting(SourceRef::number)
                .containsExactlyElementsOf(model.sources().stream().filter(r -> List.of("C2", "C7").contains(r.source().id()))
                        .map(SourceRef::number).toList());
    }

    @Test
    void gigawattSeriesChartsWithoutOverlaysAndUnknownNamesDrawNothing() {
        assertThat(chart(ChartType.COMMITMENTS, "online", "openai-compute-online", "profit").overlays()).isEmpty();
        // Since capacity-online, the capacity-online chart draws the stated compute online (GW) itself; a money name still adds nothing.
        assertThat(chart(ChartType.CAPACITY, "revenue").overlays()).extracting(ChartOverlay::key).containsExactly("openai-compute-online");
        assertThat(chart(ChartType.CAPACITY, "revenue").ranges()).isEmpty();
        assertThat(chart(ChartType.COMMITMENTS).footnote()).doesNotContain("Context lines");
    }

    @Test
    void aPointWithoutAYearOrMonthIsCountedInTheFootnoteNotDrawn() {
        ContextSeries odd = new ContextSeries("odd-revenue", "Odd revenue", "USD_BILLIONS", List.of(
                ContextFixtures.point("FY2025", "1", Confidence.REPORTED, ContextFixtures.NYT, null),
                ContextFixtures.point("2025-06", "2", Confidence.REPORTED, ContextFixtures.NYT, null)));
        Portfolio portfolio = new Portfolio("p", ChartFixtures.portfolio().parties(), ChartFixtures.portfolio().deals(), List.of(odd));

        ChartModel model = factory.create(portfolio, ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR,
                DealFilter.ALL).withOverlays(List.of("odd-revenue")));

        assertThat(model.overlays().get(0).months()).containsExactly(YearMonth.of(2025, 6));
        assertThat(model.footnote()).contains("Not drawn: 1 context value without a year or month as their period.");
    }

    @Test
    void namesAreIdsOrKindsAndUnknownOnesAreFound() {
        List<ContextSeries> register = ContextFixtures.portfolio().contextSeries();

        assertThat(OverlayNames.known(register)).containsExactly("revenue", "loss", "commitments", "openai-revenue",
                "openai-operating-loss", "openai-compute-commitments");
        assertThat(OverlayNames.resolve(register, List.of("LOSS", "openai-revenue"))).extracting(ContextSeries::id)
                .containsExactly("openai-revenue", "openai-operating-loss");
        assertThat(OverlayNames.firstUnknown(register, List.of("revenue", "online", "x"))).contains("online");
        assertThat(OverlayNames.firstUnknown(register, List.of("Revenue"))).isEmpty();
    }
}
