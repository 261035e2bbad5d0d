package com.computefolio.ui.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.service.DealFilter;
import com.computefolio.ui.support.TestPortfolios;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DealRowFilterTest {
    private static final long BILLION_CENTS = 100_000_000_000L;
    private final DealIndex index = DealIndex.of(TestPortfolios.portfolio());

    private static DealFilter none() {
        return DealFilter.ALL;
    }

    @Test
    void withoutRestrictionsEveryDealIsListedInAnnouncedOrderAndLiveMoneyIsSummed() {
        DealRowFilter.Result result = DealRowFilter.apply(index, none());

        assertThat(result.rows()).extracting(DealRow::id)
                .containsExactly("openai-oracle", "nvidia-openai-equity", "openai-amd", "openai-broadcom", "openai-aws");
        // Commitments: AWS 38 + Oracle 320 (latest revision); AMD is cancelled now, Broadcom undisclosed.
        assertThat(result.totals().commitments()).containsEntry("USD", 358 * BILLION_CENTS);
        assertThat(result.totals().inflows()).containsEntry("USD", 100 * BILLION_CENTS);
        // Capacity: Nvidia 10 GW + Broadcom 10 GW; AMD's 6 GW is cancelled.
        assertThat(result.totals().kilowatts()).isEqualTo(20_000_000L);
        assertThat(result.totals().deals()).isEqualTo(5);
    }

    @Test
    void searchTextNarrowsRowsAndTotalsCaseInsensitively() {
        DealRowFilter.Result result = DealRowFilter.apply(index, none().withText("  ORACLE "));

        assertThat(result.rows()).extracting(DealRow::id).containsExactly("openai-oracle");
        assertThat(result.totals().commitments()).containsEntry("USD", 320 * BILLION_CENTS);
        assertThat(result.totals().inflows()).isEmpty();
    }

    @Test
    void searchFindsPartyNamesAndTags() {
        assertThat(DealRowFilter.apply(index, none().withText("amazon (aws)")).rows()).extracting(DealRow::id)
                .containsExactly("openai-aws");
        assertThat(DealRowFilter.apply(index, none().withText("stargate")).rows()).extracting(DealRow::id)
                .containsExactly("openai-aws");
    }

    @Test
    void asOfDateHidesDealsNotYetKnownAndShowsTheRevisionThenInForce() {
        DealRowFilter.Result result = DealRowFilter.apply(index, none().withAsOf(LocalDate.of(2025, 10, 1)));

        assertThat(result.rows()).extracting(DealRow::id).containsExactly("openai-oracle", "nvidia-openai-equity");
        DealRow oracle = result.rows().get(0);
        assertThat(oracle.headlineMinor()).isEqualTo(300 * BILLION_CENTS);
        assertThat(result.totals().commitments()).containsEntry("USD", 300 * BILLION_CENTS);
    }

    @Test
    void statusAndConfidenceAreJudgedOnTheRevisionInForce() {
        DealFilter cancelled = new DealFilter(null, Set.of(), Set.of(), Set.of(DealStatus.CANCELLED), Set.of(), null, null, null, Set.of());
        assertThat(DealRowFilter.apply(index, cancelled).rows()).extracting(DealRow::id).containsExactly("openai-amd");
        assertThat(DealRowFilter.apply(index, cancelled.withAsOf(LocalDate.of(2026, 1, 1))).rows()).isEmpty();

        DealFilter estimates = new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(Confidence.ESTIMATE), null, null, null, Set.of());
        assertThat(DealRowFilter.apply(index, estimates).rows()).extracting(DealRow::id).containsExactly("openai-amd");
    }

    @Test
    void partiesAndKindsRestrictByEitherSideAndByKind() {
        DealFilter nvidia = new DealFilter(null, Set.of("nvidia"), Set.of(), Set.of(), Set.of(), null, null, null, Set.of());
        assertThat(DealRowFilter.apply(index, nvidia).rows()).extracting(DealRow::id).containsExactly("nvidia-openai-equity");
        DealFilter chips = new DealFilter(null, Set.of(), Set.of(DealKind.CHIPS, DealKind.CUSTOM_SILICON), Set.of(), Set.of(),
                null, null, null, Set.of());
        assertThat(DealRowFilter.apply(index, chips).rows()).extracting(DealRow::id).containsExactly("openai-amd", "openai-broadcom");
    }

    @Test
    void dateWindowKeepsDealsWhoseTermOverlapsIt() {
        DealFilter before2026 = new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, Set.of());
        // AWS runs from 2025-11; Broadcom has no term and sits in its known month, 2025-10.
        assertThat(DealRowFilter.apply(index, before2026).rows()).extracting(DealRow::id)
                .containsExactly("openai-broadcom", "openai-aws");
    }

    @Test
    void aCancelledPassStopsEarly() {
        DealIndex big = DealIndex.of(com.computefolio.ui.support.LargePortfolios.generate(10_000));

        assertThat(DealRowFilter.apply(big, none(), () -> true)).isNull();
    }
}
