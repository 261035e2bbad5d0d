package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.TotalTooLargeException;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.PortfolioBuilder;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Registers at the input limits: every amount 10^15 USD (10^17 cents, Money.ABSURD_LIMIT_MAJOR), so
 * that 92 deals still fit in a long (9.2 × 10^18 cents) and 93 do not. Each total is either exact
 * (checked against BigInteger arithmetic) or refused with {@link TotalTooLargeException}; none is
 * ever negative or wrapped.
 */
class TotalsAtTheLimitsTest {

    /** 10^15 USD in cents. */
    private static final long LIMIT_CENTS = 100_000_000_000_000_000L;

    private final AnalysisService service = new DefaultAnalysisService(new ScheduleEngine());

    /** {@code count} deals of 10^15 USD each, all from the same month and lasting {@code months}. */
    private static Portfolio register(int count, String start, int months) {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            deals.add(deal("d" + i).counterparty(i % 2 == 0 ? "amazon" : "oracle")
                    .valueMinor(LIMIT_CENTS, ValueBasis.TOTAL_OVER_TERM).term(start, months).build());
        }
        return PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon").party("oracle", "Oracle")
                .deals(deals).build();
    }

    private static BigInteger times(long value, int count) {
        return BigInteger.valueOf(value).multiply(BigInteger.valueOf(count));
    }

    private static TimelineQuery query(DealFilter filter, Granularity granularity, Measure measure, boolean cumulative) {
        return new TimelineQuery(filter, GroupBy.COUNTERPARTY, granularity, measure, cumulative);
    }

    private static DealFilter window(String from, String to) {
        return new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), LocalDate.parse(from), LocalDate.parse(to), null,
                Set.of());
    }

    @Test
    void ninetyTwoDealsAtTheLimitAddUpExactly() {
        Summary summary = service.summary(register(92, "2026-01", 12), DealFilter.ALL, GroupBy.COUNTERPARTY);

        assertThat(BigInteger.valueOf(summary.total().commitmentsMinor())).isEqualTo(times(LIMIT_CENTS, 92));
        assertThat(summary.rows()).extracting(SummaryRow::commitmentsMinor).containsOnly(46 * LIMIT_CENTS);
    }

    @Test
    void aHundredDealsAtTheLimitAreRefusedInsteadOfANegativeTotal() {
        Portfolio hundred = register(100, "2026-01", 12);

        assertThatThrownBy(() -> service.summary(hundred, DealFilter.ALL, GroupBy.NONE))
                .isInstanceOf(TotalTooLargeException.class)
                .hasMessageContaining("beyond what Computefolio can add exactly ($92,233T)")
                .satisfies(e -> assertThat(((TotalTooLargeException) e).capacity()).isFalse());
    }

    @Test
    void aGroupThatFitsIsExactEvenWhenTheRegisterDoesNot() {
        Portfolio hundred = register(100, "2026-01", 12);
        DealFilter amazonOnly = new DealFilter(null, Set.of("amazon"), Set.of(), Set.of(), Set.of(), null, null, null, Set.of());

        Summary summary = service.summary(hundred, amazonOnly, GroupBy.COUNTERPARTY);

        assertThat(BigInteger.valueOf(summary.total().commitmentsMinor())).isEqualTo(times(LIMIT_CENTS, 50));
    }

    @Test
    void monthsThatSumBeyondALongInOneCellAreRefused() {
        // A hundred one-month deals in the same month: the month cell alone is 10^19 cents.
        Portfolio oneMonth = register(100, "2026-03", 1);

        assertThatThrownBy(() -> service.timeline(oneMonth, query(DealFilter.ALL, Granularity.MONTH, Measure.MONEY, false)))
                .isInstanceOf(TotalTooLargeException.class);
        assertThatThrownBy(() -> service.timeline(oneMonth, query(DealFilter.ALL, Granularity.YEAR, Measure.MONEY, false)))
                .isInstanceOf(TotalTooLargeException.class);
    }

    @Test
    void aCumulativeSeriesThatWouldCrossTheLimitIsRefusedThoughEveryPeriodFits() {
        // 80 deals over two years: each year holds 4 × 10^18 cents (fits), the running total reaches 8 × 10^18,
        // and a hundred deals would reach 10^19 by the second year.
        Portfolio eighty = register(80, "2026-01", 24);
        Portfolio hundred = register(100, "2026-01", 24);

        Timeline fits = service.timeline(eighty, query(DealFilter.ALL, Granularity.YEAR, Measure.MONEY, true));
        assertThat(BigInteger.valueOf(fits.grandTotal())).isEqualTo(times(LIMIT_CENTS, 80));
        assertThat(fits.series()).allSatisfy(s -> assertThat(s.values()).isSorted().allMatch(v -> v >= 0));

        assertThatThrownBy(() -> service.timeline(hundred, query(DealFilter.ALL, Granularity.YEAR, Measure.MONEY, true)))
                .isInstanceOf(TotalTooLargeException.class);
        assertThatThrownBy(() -> service.timeline(hundred, query(DealFilter.ALL, Granularity.YEAR, Measure.MONEY, false)))
                .isInstanceOf(TotalTooLargeException.class);
    }

    @Test
    void aDateWindowThatHoldsLessThanTheLimitIsExact() {
        // 100 deals × 10^17 cents over 24 months: the first year alone is about 5 × 10^18 cents.
        Portfolio hundred = register(100, "2026-01", 24);
        DealFilter firstYear = window("2026-01-01", "2026-12-31");

        Timeline timeline = service.timeline(hundred, query(firstYear, Granularity.MONTH, Measure.MONEY, false));
        Summary summary = service.summary(hundred, firstYear, GroupBy.NONE);

        // Each deal places 10^17 / 24 cents a month plus one cent in each of its first 16 months (10^17 mod 24).
        BigInteger perDealFirstYear = BigInteger.valueOf(LIMIT_CENTS / 24 + 1).multiply(BigInteger.valueOf(12));
        BigInteger expected = perDealFirstYear.multiply(BigInteger.valueOf(100));
        assertThat(BigInteger.valueOf(timeline.grandTotal())).isEqualTo(expected);
        assertThat(BigInteger.valueOf(summary.total().commitmentsMinor())).isEqualTo(expected);
        BigInteger monthSum = BigInteger.ZERO;
        for (TimelineSeries s : timeline.series()) {
            for (long v : s.values()) {
                monthSum = monthSum.add(BigInteger.valueOf(v));
            }
        }
        assertThat(monthSum).isEqualTo(expected);
    }

    @Test
    void capacitySumsBeyondALongAreRefusedAndThoseWithinAreExact() {
        // 4,000,000,000,000 GW is 4 × 10^18 kW: two fit in a long, three do not.
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            deals.add(deal("c" + i).undisclosed().capacityGw("4000000000000").term("2026-01", 12).build());
        }
        Portfolio three = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon").deals(deals).build();
        Portfolio two = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon")
                .deals(deals.subList(0, 2)).build();

        assertThat(service.summary(two, DealFilter.ALL, GroupBy.NONE).total().kilowatts()).isEqualTo(8_000_000_000_000_000_000L);
        assertThat(service.timeline(two, query(DealFilter.ALL, Granularity.QUARTER, Measure.CAPACITY, true)).grandTotal())
                .isEqualTo(8_000_000_000_000_000_000L);
        assertThatThrownBy(() -> service.summary(three, DealFilter.ALL, GroupBy.NONE))
                .isInstanceOf(TotalTooLargeException.class)
                .hasMessageContaining("9,223,372,036,854 GW")
                .satisfies(e -> assertThat(((TotalTooLargeException) e).capacity()).isTrue());
        assertThatThrownBy(() -> service.timeline(three, query(DealFilter.ALL, Granularity.QUARTER, Measure.CAPACITY, true)))
                .isInstanceOf(TotalTooLargeException.class);
    }

    @Test
    void inflowsAndCommitmentsAreCheckedApart() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            deals.add(deal("in" + i).inflow().valueMinor(LIMIT_CENTS, ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build());
            deals.add(deal("out" + i).valueMinor(LIMIT_CENTS, ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build());
        }
        Portfolio both = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon").deals(deals).build();

        SummaryRow total = service.summary(both, DealFilter.ALL, GroupBy.NONE).total();

        assertThat(total.commitmentsMinor()).isEqualTo(90 * LIMIT_CENTS);
        assertThat(total.inflowsMinor()).isEqualTo(90 * LIMIT_CENTS);
    }

    @Test
    void aSelectionBeyondALongStillListsItsDealsAndSaysItsTotalsDoNotFit() {
        DealSelection selection = service.select(register(100, "2026-01", 12), DealSelectionQuery.of(DealFilter.ALL));

        assertThat(selection.rows()).hasSize(100);
        assertThat(selection.totalsFit()).isFalse();
        assertThatThrownBy(selection::totals).isInstanceOf(TotalTooLargeException.class);
        assertThat(service.select(register(92, "2026-01", 12), DealSelectionQuery.of(DealFilter.ALL)).totalsFit()).isTrue();
    }
}
