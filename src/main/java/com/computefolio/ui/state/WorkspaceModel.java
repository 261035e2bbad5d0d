package com.computefolio.ui.state;

import com.computefolio.domain.Portfolio;
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

    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio.getReadOnlyProperty();
    }

    public Portfolio portfolio() {
        return portfolio.get();
    }

    /** Replaces the shared snapshot after a load, save, import or undo. */
    public void setPortfolio(Portfolio newPortfolio) {
        portfolio.set(newPortfolio);
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
