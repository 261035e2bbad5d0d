package com.computefolio.ui.state;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import java.util.ArrayList;
import java.util.List;
import com.computefolio.service.DealFilter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The state every view of the main window shares: the portfolio as last loaded or saved, the
 * filter the user has set, and which deals are selected. Views observe it; only view models change
 * it, and only on the FX thread.
 */
public final class WorkspaceModel {
    private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>(Portfolio.empty(""));
    private final ObjectProperty<DealFilter> filter = new SimpleObjectProperty<>(DealFilter.ALL);
    private final ObservableSet<String> selectedDealIds = FXCollections.observableSet();
    /** How the Charts tab groups the deals; here rather than in its view so a saved view can set it before the tab is made. */
    private final ObjectProperty<com.computefolio.service.GroupBy> chartGrouping =
            new SimpleObjectProperty<>(com.computefolio.service.GroupBy.COUNTERPARTY);
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio.getReadOnlyProperty();
    }

    public Portfolio portfolio() {
        return portfolio.get();
    }

    /** Replaces the shared snapshot after a load, save, import or undo. */
    public void setPortfolio(Portfolio newPortfolio) {
        portfolio.set(newPortfolio);
        loaded.set(true);
    }

    /** False while the window shows before the first portfolio has arrived (its tables say "loading"). */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Puts a saved deal into the snapshot, in place of the deal with its id or at the end. */
    public void replaceDeal(Deal deal) {
        Portfolio current = portfolio.get();
        List<Deal> deals = new ArrayList<>(current.deals());
        boolean replaced = false;
        for (int i = 0; i < deals.size() && !replaced; i++) {
            if (deals.get(i).id().equals(deal.id())) {
                deals.set(i, deal);
                replaced = true;
            }
        }
        if (!replaced) {
            deals.add(deal);
        }
        portfolio.set(new Portfolio(current.name(), current.parties(), deals, current.contextSeries()));
    }

    /** Takes a deleted deal out of the snapshot and out of the selection. */
    public void removeDeal(String dealId) {
        Portfolio current = portfolio.get();
        List<Deal> deals = current.deals().stream().filter(d -> !d.id().equals(dealId)).toList();
        selectedDealIds.remove(dealId);
        portfolio.set(new Portfolio(current.name(), current.parties(), deals, current.contextSeries()));
    }

    /** How the Charts tab groups the deals (what a saved view keeps as its groupBy). */
    public ObjectProperty<com.computefolio.service.GroupBy> chartGroupingProperty() {
        return chartGrouping;
    }

    public ObjectProperty<DealFilter> filterProperty() {
        return filter;
    }

    public DealFilter filter() {
        return filter.get();
    }

    /** Deal ids selected in any view (table row, chart segment, timeline bar). */
    public ObservableSet<String> selectedDealIds() {
        return selectedDealIds;
    }
}
