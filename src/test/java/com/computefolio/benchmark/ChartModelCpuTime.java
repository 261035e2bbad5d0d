package com.computefolio.benchmark;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.ChartYardstick;
import java.time.LocalDate;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The chart model of the window's two interactions at 100,000 deals, timed in CPU time of the
 * measuring thread (wall-clock time on a shared machine measures the neighbours): a keystroke in the
 * search box (the commitments chart by counterparty per quarter, as the window shows it first, for
 * each prefix of "tensor" and back) and a change of grouping (the window's groupings in turn). The
 * register's schedules are warm, as in the window. The old road ({@link ChartYardstick}: a timeline
 * per confidence, every deal's cells, the marks from a pass over deals) takes turns with the
 * product's, so both see the same machine. Run:
 * {@code java -cp <test classpath> com.computefolio.benchmark.ChartModelCpuTime [rounds]}.
 */
public final class ChartModelCpuTime {
    private static final System.Logger LOG = System.getLogger(ChartModelCpuTime.class.getName());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String TYPED = "tensor";
    private static final List<GroupBy> GROUPINGS = List.of(GroupBy.COUNTERPARTY, GroupBy.KIND, GroupBy.STATUS,
            GroupBy.CONFIDENCE, GroupBy.BUYER);

    private ChartModelCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 36;
        Portfolio portfolio = new SyntheticPortfolioGenerator().generate(100_000, 1);
        DefaultAnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
        ChartModelFactory models = new ChartModelFactory(analysis, ChartText.english(), Clock.systemUTC());
        ChartYardstick old = new ChartYardstick(analysis, ChartText.english());
        LocalDate today = LocalDate.now(Clock.systemUTC());
        List<Long> keystrokes = new ArrayList<>();
        List<Long> groupings = new ArrayList<>();
        List<Long> oldKeystrokes = new ArrayList<>();
        List<Long> oldGroupings = new ArrayList<>();
        int seriesDrawn = 0;
        for (int round = 0; round < rounds; round++) {
            // Typed letter by letter, then deleted: "t", "te", ... "tensor", "tenso", ... "".
            int position = round % (2 * TYPED.length());
            int length = position < TYPED.length() ? position + 1 : 2 * TYPED.length() - position - 1;
            DealFilter filter = DealFilter.ALL.withText(TYPED.substring(0, length));
            ChartRequest typed = ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.QUARTER, filter);
            long ok = cpu(() -> old.create(portfolio, typed, today));
            long k = cpu(() -> models.create(portfolio, typed));
            ChartRequest regrouped = ChartRequest.of(ChartType.COMMITMENTS, GROUPINGS.get(round % GROUPINGS.size()),
                    Granularity.QUARTER, DealFilter.ALL);
            long og = cpu(() -> old.create(portfolio, regrouped, today));
            long g = cpu(() -> models.create(portfolio, regrouped));
            if (round >= rounds / 3) {
                oldKeystrokes.add(ok);
                oldGroupings.add(og);
                keystrokes.add(k);
                groupings.add(g);
            }
            seriesDrawn = Math.max(seriesDrawn, models.create(portfolio, regrouped).series().size());
        }
        LOG.log(System.Logger.Level.INFO, String.format("CPU ms per chart model at 100,000 deals (median, p95, best) after %d warm-up "
                + "rounds: keystroke %s (old road %s); grouping %s (old road %s); at most %d series", rounds / 3, figures(keystrokes),
                figures(oldKeystrokes), figures(groupings), figures(oldGroupings), seriesDrawn));
    }

    private static long cpu(Supplier<ChartModel> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        ChartModel model = work.get();
        long spent = THREADS.getCurrentThreadCpuTime() - start;
        return model == null ? -1 : spent;
    }

    private static String figures(List<Long> nanos) {
        Collections.sort(nanos);
        int p95 = (int) Math.ceil(0.95 * nanos.size()) - 1;
        return String.format("%.1f / %.1f / %.1f ms", nanos.get(nanos.size() / 2) / 1e6, nanos.get(p95) / 1e6, nanos.get(0) / 1e6);
    }
}
