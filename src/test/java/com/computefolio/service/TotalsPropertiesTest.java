package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.Months;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.TotalTooLargeException;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.PortfolioBuilder;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/**
 * Sum of parts equals the BigInteger sum: for any register of deals up to the input limit (10^15 USD
 * each, so a few dozen of them reach {@link Long#MAX_VALUE} cents), the summary's total, the
 * timeline's grand total and every period of the timeline are what BigInteger arithmetic over the
 * deals' months gives, or, when that does not fit in a long, the request is refused.
 */
class TotalsPropertiesTest {

    private static final YearMonth BASE = YearMonth.of(2026, 1);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final ScheduleEngine engine = new ScheduleEngine();
    private final AnalysisService service = new DefaultAnalysisService(engine);

    /** Amount (cents), start offset and months of one deal; a third of the amounts sit at the limit. */
    record Spec(long cents, int startOffset, int months, boolean lump) {
    }

    @Provide
    Arbitrary<List<Spec>> registers() {
        // Sizes spread evenly, so that registers below and beyond the limit both come up often.
        return spec().list().ofMinSize(1).ofMaxSize(140).withSizeDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Spec> spec() {
        Arbitrary<Long> cents = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 100_000_000_000_000_000L).withDistribution(RandomDistribution.uniform()),
                Arbitraries.just(100_000_000_000_000_000L),
                Arbitraries.longs().between(90_000_000_000_000_000L, 100_000_000_000_000_000L).withDistribution(RandomDistribution.uniform()));
        return Combinators.combine(cents, Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 40),
                Arbitraries.of(true, false)).as(Spec::new);
    }

    private Portfolio register(List<Spec> specs) {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            String start = BASE.plusMonths(s.startOffset()).toString();
            var builder = deal("d" + i).counterparty(i % 3 == 0 ? "amazon" : "oracle")
                    .valueMinor(s.cents(), ValueBasis.TOTAL_OVER_TERM).term(start, s.months());
            if (s.lump()) {
                builder.legMinor(start, 1, ScheduleShape.LUMP, s.cents());
            }
            deals.add(builder.build());
        }
        return PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon").party("oracle", "Oracle")
                .deals(deals).build();
    }

    @Property(tries = 150)
    void theSummaryTotalIsTheExactSumOrARefusal(@ForAll("registers") List<Spec> specs) {
        Portfolio register = register(specs);
        BigInteger expected = specs.stream().map(s -> BigInteger.valueOf(s.cents())).reduce(BigInteger.ZERO, BigInteger::add);
        Statistics.collect(expected.compareTo(LONG_MAX) > 0 ? "refused" : "exact");
        Statistics.coverage(coverage -> {
            coverage.check("refused").count(n -> n > 0);
            coverage.check("exact").count(n -> n > 0);
        });

        if (expected.compareTo(LONG_MAX) <= 0) {
            assertThat(BigInteger.valueOf(service.summary(register, DealFilter.ALL, GroupBy.COUNTERPARTY).total().commitmentsMinor()))
                    .isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> service.summary(register, DealFilter.ALL, GroupBy.COUNTERPARTY))
                    .isInstanceOf(TotalTooLargeException.class);
        }
    }

    @Property(tries = 150)
    void everyPeriodOfTheTimelineIsTheExactSumOrARefusal(@ForAll("registers") List<Spec> specs,
                                                        @ForAll Granularity granularity, @ForAll boolean cumulative) {
        Portfolio register = register(specs);
        // Expected values per month, by BigInteger arithmetic over the engine's own months.
        BigInteger[] byMonth = new BigInteger[80];
        java.util.Arrays.fill(byMonth, BigInteger.ZERO);
        BigInteger expectedTotal = BigInteger.ZERO;
        for (Deal d : register.deals()) {
            DealSchedule schedule = engine.schedule(d, d.current());
            for (int i = 0; i < schedule.length(); i++) {
                int month = schedule.startMonth() + i - Months.index(BASE);
                byMonth[month] = byMonth[month].add(BigInteger.valueOf(schedule.moneyAt(i)));
                expectedTotal = expectedTotal.add(BigInteger.valueOf(schedule.moneyAt(i)));
            }
        }
        TimelineQuery query = new TimelineQuery(DealFilter.ALL, GroupBy.NONE, granularity, Measure.MONEY, cumulative);

        if (expectedTotal.compareTo(LONG_MAX) > 0) {
            assertThatThrownBy(() -> service.timeline(register, query)).isInstanceOf(TotalTooLargeException.class);
            return;
        }
        Timeline timeline = service.timeline(register, query);
        assertThat(BigInteger.valueOf(timeline.grandTotal())).isEqualTo(expectedTotal);
        List<Long> values = timeline.series().get(0).values();
        BigInteger running = BigInteger.ZERO;
        for (int p = 0; p < values.size(); p++) {
            BigInteger period = BigInteger.ZERO;
            YearMonth start = timeline.periodStarts().get(p);
            for (int m = 0; m < granularity.months(); m++) {
                int month = Months.index(start.plusMonths(m)) - Months.index(BASE);
                if (month >= 0 && month < byMonth.length) {
                    period = period.add(byMonth[month]);
                }
            }
            running = running.add(period);
            assertThat(BigInteger.valueOf(values.get(p))).isEqualTo(cumulative ? running : period);
        }
    }
}
