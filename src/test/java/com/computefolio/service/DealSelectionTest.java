package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.ui.support.LargePortfolios;
import com.computefolio.ui.support.TestPortfolios;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The deals under a filter with their totals, as the table, the status bar, list, summary and exports read them. */
class DealSelectionTest {
    private static final long BILLION_CENTS = 100_000_000_000L;

    private final AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
    private final Portfolio portfolio = TestPortfolios.portfolio();

    private DealSelection select(DealFilter filter) {
        return analysis.select(portfolio, DealSelectionQuery.of(filter));
    }

    private static DealFilter none() {
        return DealFilter.ALL;
    }

    @Test
    void withoutRestrictionsEveryDealIsListedInAnnouncedOrderAndLiveMoneyIsSummed() {
        DealSelection selection = select(none());

        assertThat(selection.rows()).extracting(v -> v.deal().id())
                .containsExactly("openai-oracle", "nvidia-openai-equity", "openai-amd", "openai-broadcom", "openai-aws");
        // Commitments: AWS 38 + Oracle 320 (latest revision); AMD is cancelled now, Broadcom undisclosed.
        assertThat(selection.totals().commitmentsMinor()).isEqualTo(358 * BILLION_CENTS);
        assertThat(selection.totals().inflowsMinor()).isEqualTo(100 * BILLION_CENTS);
        // Capacity: Nvidia 10 GW + Broadcom 10 GW; AMD's 6 GW is cancelled.
        assertThat(selection.totals().kilowatts()).isEqualTo(20_000_000L);
        assertThat(selection.totals().deals()).isEqualTo(5).isEqualTo(selection.count());
        assertThat(selection.currency()).isEqualTo("USD");
        assertThat(selection.caveats()).containsEntry("NOT_LIVE", 1);
    }

    @Test
    void searchTextNarrowsRowsAndTotalsCaseInsensitively() {
        DealSelection selection = select(none().withText("  ORACLE "));

        assertThat(selection.rows()).extracting(v -> v.deal().id()).containsExactly("openai-oracle");
        assertThat(selection.totals().commitmentsMinor()).isEqualTo(320 * BILLION_CENTS);
        assertThat(selection.totals().inflowsMinor()).isZero();
    }

    @Test
    void searchFindsPartyNamesAndTags() {
        assertThat(select(none().withText("amazon (aws)")).rows()).extracting(v -> v.deal().id()).containsExactly("openai-aws");
        assertThat(select(none().withText("stargate")).rows()).extracting(v -> v.deal().id()).containsExactly("openai-aws");
    }

    @Test
    void aSearchWithALineBreakDoesNotMatchAcrossTwoFields() {
        // The index joins a deal's id and title with a line break; a needle spanning both must not match.
        assertThat(select(none().withText("openai-aws\naws")).rows()).isEmpty();
    }

    @Test
    void asOfDateHidesDealsNotYetKnownAndShowsTheRevisionThenInForce() {
        DealSelection selection = select(none().withAsOf(LocalDate.of(2025, 10, 1)));

        assertThat(selection.rows()).extracting(v -> v.deal().id()).containsExactly("openai-oracle", "nvidia-openai-equity");
        assertThat(selection.rows().get(0).revision().knownFrom()).isBeforeOrEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(selection.totals().commitmentsMinor()).isEqualTo(300 * BILLION_CENTS);
    }

    @Test
    void statusAndConfidenceAreJudgedOnTheRevisionInForce() {
        DealFilter cancelled = new DealFilter(null, Set.of(), Set.of(), Set.of(DealStatus.CANCELLED), Set.of(), null, null, null, Set.of());
        assertThat(select(cancelled).rows()).extracting(v -> v.deal().id()).containsExactly("openai-amd");
        assertThat(select(cancelled.withAsOf(LocalDate.of(2026, 1, 1))).rows()).isEmpty();

        DealFilter estimates = new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(Confidence.ESTIMATE), null, null, null, Set.of());
        assertThat(select(estimates).rows()).extracting(v -> v.deal().id()).containsExactly("openai-amd");
    }

    @Test
    void partiesAndKindsRestrictByEitherSideAndByKind() {
        DealFilter nvidia = new DealFilter(null, Set.of("nvidia"), Set.of(), Set.of(), Set.of(), null, null, null, Set.of());
        assertThat(select(nvidia).rows()).extracting(v -> v.deal().id()).containsExactly("nvidia-openai-equity");
        DealFilter chips = new DealFilter(null, Set.of(), Set.of(DealKind.CHIPS, DealKind.CUSTOM_SILICON), Set.of(), Set.of(),
                null, null, null, Set.of());
        assertThat(select(chips).rows()).extracting(v -> v.deal().id()).containsExactly("openai-amd", "openai-broadcom");
    }

    @Test
    void dateWindowKeepsDealsWhoseTermOverlapsIt() {
        DealFilter before2026 = new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, Set.of());
        // AWS runs from 2025-11; Broadcom has no term and sits in its known month, 2025-10.
        assertThat(select(before2026).rows()).extracting(v -> v.deal().id()).containsExactly("openai-broadcom", "openai-aws");
    }

    @Test
    void theTotalsAreTheTotalRowOfTheSummaryOfTheSameDeals() {
        DealSelection selection = select(none());

        for (GroupBy groupBy : GroupBy.values()) {
            assertThat(selection.summary(groupBy).total()).isEqualTo(selection.totals());
            assertThat(analysis.summary(portfolio, DealFilter.ALL, groupBy)).isEqualTo(selection.summary(groupBy));
        }
        assertThat(analysis.deals(portfolio, DealFilter.ALL)).isEqualTo(selection.rows());
    }

    @Test
    void theUngroupedSummaryHasOneRowOfAllDealsThatEqualsTheTotalRow() {
        DealSelection selection = select(none().withText("openai"));

        Summary ungrouped = selection.summary(GroupBy.NONE);

        assertThat(ungrouped.rows()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo(SeriesGrouping.ALL_KEY);
            assertThat(row.label()).isEqualTo(SeriesGrouping.ALL_LABEL);
            assertThat(row.deals()).isEqualTo(selection.count());
            assertThat(row.commitmentsMinor()).isEqualTo(selection.totals().commitmentsMinor());
            assertThat(row.inflowsMinor()).isEqualTo(selection.totals().inflowsMinor());
            assertThat(row.kilowatts()).isEqualTo(selection.totals().kilowatts());
            assertThat(row.caveats()).isEqualTo(selection.totals().caveats());
        });
        // The one group's sums are the sums of every group of any other grouping.
        Summary byKind = selection.summary(GroupBy.KIND);
        assertThat(ungrouped.total().commitmentsMinor())
                .isEqualTo(byKind.rows().stream().mapToLong(SummaryRow::commitmentsMinor).sum());
        assertThat(select(none().withText("no deal has this")).summary(GroupBy.NONE).rows()).isEmpty();
    }

    @Test
    void aSecondPassOverTheSameRegisterHandsOutTheSameRowsNotNewOnes() {
        DealSelection first = select(none());
        DealSelection narrowed = select(none().withText("oracle"));
        DealSelection again = select(none());

        assertThat(again.rows()).hasSameSizeAs(first.rows());
        for (int i = 0; i < first.rows().size(); i++) {
            assertThat(again.rows().get(i)).isSameAs(first.rows().get(i));
        }
        assertThat(narrowed.rows().get(0)).isSameAs(first.rows().get(0));
    }

    @Test
    void aRowSeenThroughAnEarlierRevisionIsThatRevisionsRowNotTheLatest() {
        LocalDate before = LocalDate.of(2025, 10, 1);
        DealView latest = select(none()).rows().get(0);
        DealView earlier = select(none().withAsOf(before)).rows().get(0);

        assertThat(earlier.deal()).isSameAs(latest.deal());
        assertThat(earlier.revision()).isNotSameAs(latest.revision());
        assertThat(earlier.revision().knownFrom()).isBeforeOrEqualTo(before);
        assertThat(select(none()).rows().get(0)).isSameAs(latest);
        assertThat(select(none().withAsOf(before)).totals().commitmentsMinor()).isEqualTo(300 * BILLION_CENTS);
    }

    @Test
    void aPassCancelledHalfwayLeavesTheNextOneWhole() {
        Portfolio big = LargePortfolios.generate(10_000);
        int[] asked = {0};
        assertThatThrownBy(() -> analysis.select(big, DealSelectionQuery.of(none()), () -> ++asked[0] > 1))
                .isInstanceOf(CancellationException.class);

        DealSelection after = analysis.select(big, DealSelectionQuery.of(none().withText("number 1")));
        DealSelection fresh = new DefaultAnalysisService(new ScheduleEngine())
                .select(big, DealSelectionQuery.of(none().withText("number 1")));

        assertThat(after.rows()).isEqualTo(fresh.rows());
        assertThat(after.totals()).isEqualTo(fresh.totals());
    }

    @Test
    void anEmptySelectionHasNoRowsAndZeroTotals() {
        DealSelection empty = DealSelection.empty(DealSelectionQuery.of(DealFilter.ALL));

        assertThat(empty.rows()).isEmpty();
        assertThat(empty.totals().deals()).isZero();
        assertThat(empty.totals().commitmentsMinor()).isZero();
        assertThat(empty.caveats()).isEmpty();
    }

    @Test
    void anEditedRegisterIsIndexedAfresh() {
        select(none().withText("aws"));
        Portfolio withoutAws = new Portfolio(portfolio.name(), portfolio.parties(),
                portfolio.deals().stream().filter(d -> !d.id().equals("openai-aws")).toList(), portfolio.contextSeries());

        assertThat(analysis.select(withoutAws, DealSelectionQuery.of(none().withText("aws"))).rows()).isEmpty();
        assertThat(select(none().withText("aws")).rows()).extracting(v -> v.deal().id()).containsExactly("openai-aws");
    }

    @Test
    void aCancelledPassStopsEarly() {
        Portfolio big = LargePortfolios.generate(10_000);

        assertThatThrownBy(() -> analysis.select(big, DealSelectionQuery.of(none()), () -> true))
                .isInstanceOf(CancellationException.class);
    }
}
