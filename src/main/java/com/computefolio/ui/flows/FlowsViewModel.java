package com.computefolio.ui.flows;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.FlowRow;
import com.computefolio.service.Flows;
import com.computefolio.service.LocalNames;
import com.computefolio.service.chart.ValueFormat;
import com.computefolio.service.text.Texts;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Flows view's state: money both ways per buyer and counterparty for the workspace's portfolio
 * and filter, as text lines ready to show, from the analysis service's {@link Flows} (the value the
 * {@code flows} command prints and the flows chart draws). Computed and formatted on a worker; the
 * newest request wins and only finished lines reach the FX thread. While the view is hidden,
 * changes only mark it stale.
 */
public final class FlowsViewModel {

    /** One row of the table, every cell already text; {@code circular} lets the view mark the row. */
    public record Line(String buyer, String counterparty, String out, String in, String net, String financed, boolean circular) {
    }

    private record Result(List<Line> lines, String summary) {
    }

    private final WorkspaceModel workspace;
    private final AnalysisService analysis;
    private final TaskExecutor executor;
    private final ResourceBundle bundle;
    private final ValueFormat format;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private long generation;
    private boolean active;
    private boolean stale = true;

    public FlowsViewModel(WorkspaceModel workspace, AnalysisService analysis, TaskExecutor executor, ResourceBundle bundle) {
        this.workspace = workspace;
        this.analysis = analysis;
        this.executor = executor;
        this.bundle = bundle;
        this.format = new ValueFormat(Texts.forLocale(bundle.getLocale()));
        workspace.portfolioProperty().addListener((obs, old, now) -> recompute());
        workspace.filterProperty().addListener((obs, old, now) -> recompute());
    }

    /** Whether the view is on screen; a hidden view recomputes when it is shown again. */
    public void setActive(boolean nowActive) {
        active = nowActive;
        if (active && stale) {
            recompute();
        }
    }

    public void recompute() {
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        Portfolio portfolio = workspace.portfolio();
        DealFilter filter = workspace.filter();
        long request = ++generation;
        executor.execute(BackgroundTask.of(bundle.getString("flowsView.task"),
                        progress -> result(LocalNames.of(portfolio, bundle.getLocale())
                                .flows(analysis.select(portfolio, DealSelectionQuery.of(filter)).flows())))
                .onSuccess(result -> {
                    if (request == generation) {
                        lines.setAll(result.lines());
                        summary.set(result.summary());
                    }
                }));
    }

    private Result result(Flows flows) {
        List<Line> rows = flows.rows().stream().map(r -> line(r, flows.currency())).toList();
        if (rows.isEmpty()) {
            return new Result(rows, bundle.getString("flowsView.empty"));
        }
        String totals = fill(bundle.getString("flowsView.summary"), rows.size(), money(flows.total().outMinor(), flows.currency()),
                money(flows.total().inMinor(), flows.currency()), money(flows.total().netMinor(), flows.currency()));
        String circular = flows.circularFinancedPercent()
                .map(p -> fill(bundle.getString("flowsView.summary.circular"), flows.circularRows().size(), p.toPlainString()))
                .orElse(bundle.getString("flowsView.summary.noCircular"));
        return new Result(rows, totals + circular);
    }

    private Line line(FlowRow row, String currency) {
        String counterparty = row.circular() ? fill(bundle.getString("flowsView.circular"), row.counterpartyName())
                : row.counterpartyName();
        return new Line(row.buyerName(), counterparty, money(row.outMinor(), currency), money(row.inMinor(), currency),
                money(row.netMinor(), currency), row.financedPercent().map(p -> p.toPlainString() + "%").orElse(""),
                row.circular());
    }

    private String money(long minor, String currency) {
        return minor == 0 ? "\u2013" : format.money(minor, currency);
    }

    private String fill(String pattern, Object... args) {
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The table's rows, replaced as a whole when a newer result arrives. */
    public ObservableList<Line> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    /** "16 pairs · out $1,232B · in $163B · net −$1,069B · 2 circular pairs: 16.24% ...". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
