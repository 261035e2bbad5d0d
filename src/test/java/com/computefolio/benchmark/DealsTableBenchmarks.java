package com.computefolio.benchmark;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.deals.DealRow;
import com.computefolio.ui.deals.DealsViewModel;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
 * A keystroke in the deals table's search box at 100,000 generated deals, the search index and
 * schedules already made (as from the second keystroke on): the table's own filter of before issue
 * 12 ({@link OldTableFilter}: rows and headline totals in one pass) against the service's
 * {@code select} as the deals view model runs it (the rows, the summary's totals, the table rows,
 * swapped into the list the table shows). The needles are prefixes of what the window benchmark
 * types: "t" keeps most deals, "tensor" few.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DealsTableBenchmarks {

    @Param("100000")
    int deals;

    @Param({"t", "tensor"})
    String text;

    private Portfolio portfolio;
    private OldTableFilter oldFilter;
    private final ObservableList<DealRow> oldRows = FXCollections.observableArrayList();
    private AnalysisService analysis;
    private WorkspaceModel workspace;
    private DealsViewModel viewModel;
    private DealFilter[] filters;
    private int keystroke;

    @Setup(Level.Trial)
    public void generate() {
        portfolio = new SyntheticPortfolioGenerator().generate(deals, 1);
        oldFilter = OldTableFilter.index(portfolio);
        analysis = new DefaultAnalysisService(new ScheduleEngine());
        workspace = new WorkspaceModel();
        workspace.setPortfolio(portfolio);
        // Background work on this thread, so one invocation is one whole keystroke.
        viewModel = new DealsViewModel(workspace, analysis, new CurrentThreadTaskExecutor(), Messages.english());
        // Two filters that find the same deals (the needle is stripped) but differ, so every set is a change.
        filters = new DealFilter[] {DealFilter.ALL.withText(text), DealFilter.ALL.withText(text + " ")};
        analysis.select(portfolio, DealSelectionQuery.of(filters[0]));
    }

    /** Before issue 12: the table's own index and filter, its rows swapped into the table's list. */
    @Benchmark
    public List<DealRow> oldTableFilter() {
        OldTableFilter.Result result = oldFilter.apply(filters[keystroke++ & 1]);
        oldRows.setAll(result.rows());
        return oldRows;
    }

    /** The service's selection with its totals, as the command line's list and summary read it. */
    @Benchmark
    public DealSelection selectWithTotals() {
        DealSelection selection = analysis.select(portfolio, DealSelectionQuery.of(filters[keystroke++ & 1]));
        selection.totalsFit();
        return selection;
    }

    /** A whole keystroke through the deals view model: select, totals, table rows, list swapped. */
    @Benchmark
    public List<DealRow> viewModelKeystroke() {
        workspace.filterProperty().set(filters[keystroke++ & 1]);
        return viewModel.rows();
    }
}
