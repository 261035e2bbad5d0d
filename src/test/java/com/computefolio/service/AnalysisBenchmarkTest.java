package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.PortfolioBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures the analysis service on a large register (100,000 deals of 48-72 months, 40
 * counterparties, in shuffled order). Logs median wall-clock and thread-CPU times of warm calls
 * (through {@link System.Logger}: only the CLI may print to standard streams, and surefire does not
 * show JUnit report entries); asserts only correctness, never time. Run with
 * {@code mvn -Dcf.excludedGroups=none -Dgroups=benchmark -Dtest=AnalysisBenchmarkTest test}.
 */
@Tag("benchmark")
class AnalysisBenchmarkTest {

    private static final int DEALS = Integer.getInteger("cf.benchmark.deals", 100_000);
    private static final int WARM_UP = 15;
    private static final int RUNS = 15;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private static final System.Logger LOG = System.getLogger(AnalysisBenchmarkTest.class.getName());

    @Test
    void analysisOfALargeRegister() {
        Random random = new Random(1);
        List<Deal> deals = new ArrayList<>(DEALS);
        long expectedCommitments = 0;
        for (int i = 0; i < DEALS; i++) {
            long cents = 1 + (long) (random.nextDouble() * 1e13);
            deals.add(deal("d" + i).counterparty("c" + random.nextInt(40))
                    .announced(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)).toString())
                    .valueMinor(cents, ValueBasis.TOTAL_OVER_TERM)
                    .term(YearMonth.of(2024, 1).plusMonths(random.nextInt(48)).toString(), 48 + random.nextInt(25)).build());
            expectedCommitments += cents;
        }
        Collections.shuffle(deals, random);
        Portfolio portfolio = PortfolioBuilder.portfolio().deals(deals).build();
        AnalysisService service = new DefaultAnalysisService(new ScheduleEngine());
        TimelineQuery monthly = new TimelineQuery(DealFilter.ALL, GroupBy.COUNTERPARTY, Granularity.MONTH, Measure.MONEY, false);

        long start = System.nanoTime();
        Timeline first = service.timeline(portfolio, monthly);
        LOG.log(System.Logger.Level.INFO, "first timeline (computes {0} schedules): {1} ms wall",
                DEALS, (System.nanoTime() - start) / 1_000_000);

        Timeline warm = measure("timeline monthly by counterparty", () -> service.timeline(portfolio, monthly));
        measure("timeline yearly, one series, cumulative", () -> service.timeline(portfolio,
                new TimelineQuery(DealFilter.ALL, GroupBy.NONE, Granularity.YEAR, Measure.MONEY, true)));
        Summary summary = measure("summary by counterparty", () -> service.summary(portfolio, DealFilter.ALL, GroupBy.COUNTERPARTY));
        List<DealView> sorted = measure("deals(), all, sorted", () -> service.deals(portfolio, DealFilter.ALL));
        measure("deals(), text search", () -> service.deals(portfolio, DealFilter.ALL.withText("c1")));
        measure("contributions of one cell", () -> service.contributions(portfolio, monthly, "c1", 30));

        assertThat(warm).isEqualTo(first);
        assertThat(warm.series()).hasSize(40);
        assertThat(warm.grandTotal()).isEqualTo(expectedCommitments);
        assertThat(summary.total().commitmentsMinor()).isEqualTo(expectedCommitments);
        assertThat(sorted).hasSize(DEALS);
    }

    private <T> T measure(String what, Supplier<T> call) {
        T result = null;
        for (int i = 0; i < WARM_UP; i++) {
            result = call.get();
        }
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            result = call.get();
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            wall[i] = System.nanoTime() - wallStart;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        LOG.log(System.Logger.Level.INFO, String.format(Locale.ROOT, "%s: median %.1f ms wall, %.1f ms cpu (fastest %.1f ms wall)",
                what, wall[RUNS / 2] / 1e6, cpu[RUNS / 2] / 1e6, wall[0] / 1e6));
        return result;
    }
}
