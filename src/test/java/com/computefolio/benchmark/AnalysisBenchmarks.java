package com.computefolio.benchmark;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Measure;
import com.computefolio.service.Summary;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineQuery;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analysis engine over a generated register (100,000 deals by default): the monthly timeline
 * by counterparty that benchmark 2 runs as a whole process, with the schedules already cached (as
 * when the window redraws) and computed afresh (as in one command), and the summary table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalysisBenchmarks {

    private static final TimelineQuery MONTHLY_BY_COUNTERPARTY =
            new TimelineQuery(DealFilter.ALL, GroupBy.COUNTERPARTY, Granularity.MONTH, Measure.MONEY, false);

    @Param("100000")
    int deals;

    private Portfolio portfolio;
    private AnalysisService warm;
    private AnalysisService fresh;

    @Setup(Level.Trial)
    public void generate() {
        portfolio = new SyntheticPortfolioGenerator().generate(deals, 1);
        warm = new DefaultAnalysisService(new ScheduleEngine());
        warm.timeline(portfolio, MONTHLY_BY_COUNTERPARTY);
    }

    @Setup(Level.Invocation)
    public void forgetSchedules() {
        fresh = new DefaultAnalysisService(new ScheduleEngine());
    }

    @Benchmark
    public Timeline timelineMonthlyByCounterpartyCached() {
        return warm.timeline(portfolio, MONTHLY_BY_COUNTERPARTY);
    }

    @Benchmark
    public Timeline timelineMonthlyByCounterpartyFreshSchedules() {
        return fresh.timeline(portfolio, MONTHLY_BY_COUNTERPARTY);
    }

    @Benchmark
    public Timeline timelineQuarterlyByKindCached() {
        return warm.timeline(portfolio, new TimelineQuery(DealFilter.ALL, GroupBy.KIND, Granularity.QUARTER, Measure.MONEY, false));
    }

    @Benchmark
    public Summary summaryByCounterpartyCached() {
        return warm.summary(portfolio, DealFilter.ALL, GroupBy.COUNTERPARTY);
    }
}
