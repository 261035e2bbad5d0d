package com.computefolio.benchmark;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.deals.DealRow;
import com.computefolio.ui.deals.DealsViewModel;
import com.computefolio.ui.state.WorkspaceModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The keystroke of {@link DealsTableBenchmarks} timed in CPU time of the measuring thread rather
 * than wall-clock time: on a machine whose two cores are shared by many builds, wall-clock figures
 * say more about the neighbours than about the code. The old table filter and the view model's
 * keystroke take turns in one process, so both see the same machine. Garbage collection runs on
 * other threads and is not counted. Run:
 * {@code java -cp <test classpath> com.computefolio.benchmark.DealsTableCpuTime [rounds]}.
 */
public final class DealsTableCpuTime {
    private static final System.Logger LOG = System.getLogger(DealsTableCpuTime.class.getName());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DealsTableCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Portfolio portfolio = new SyntheticPortfolioGenerator().generate(100_000, 1);
        OldTableFilter oldFilter = OldTableFilter.index(portfolio);
        ObservableList<DealRow> oldRows = FXCollections.observableArrayList();
        AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
        WorkspaceModel workspace = new WorkspaceModel();
        workspace.setPortfolio(portfolio);
        DealsViewModel viewModel = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(), Messages.english());
        StringBuilder report = new StringBuilder("CPU ms per keystroke at 100,000 deals (median, best), after ")
                .append(rounds / 3).append(" warm-up rounds:");
        // "" and "t" keep nearly every deal (the window benchmark's slowest keystrokes), "tensor" few.
        for (String text : new String[] {"", "t", "tensor"}) {
            List<Long> old = new ArrayList<>();
            List<Long> keystroke = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                // Two filters that find the same deals but differ, so that every set is a change.
                DealFilter filter = DealFilter.ALL.withText((round & 1) == 0 ? text : text + " ");
                long o = cpu(() -> oldRows.setAll(oldFilter.apply(filter).rows()) ? 1 : 0);
                long k = cpu(() -> {
                    workspace.filterProperty().set(filter);
                    return viewModel.rows().size();
                });
                if (round >= rounds / 3) {
                    old.add(o);
                    keystroke.add(k);
                }
            }
            report.append(String.format(" text \"%s\": old table filter %s, view model keystroke %s;", text,
                    figures(old), figures(keystroke)));
        }
        LOG.log(System.Logger.Level.INFO, report.toString());
    }

    private static long cpu(LongSupplier work) {
        long start = THREADS.getCurrentThreadCpuTime();
        long result = work.getAsLong();
        long spent = THREADS.getCurrentThreadCpuTime() - start;
        return result < 0 ? -1 : spent;
    }

    private static String figures(List<Long> nanos) {
        Collections.sort(nanos);
        return String.format("%.1f ms (best %.1f ms)", nanos.get(nanos.size() / 2) / 1e6, nanos.get(0) / 1e6);
    }
}
