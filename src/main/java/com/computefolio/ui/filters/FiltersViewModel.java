package com.computefolio.ui.filters;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.ui.state.WorkspaceModel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The filters bar's state. Every change becomes a new {@link DealFilter} on the workspace at once,
 * so the table, the charts and the timeline follow as the user types.
 */
public final class FiltersViewModel {
    private final WorkspaceModel workspace;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableSet<String> parties = FXCollections.observableSet();
    private final ObservableSet<DealKind> kinds = FXCollections.observableSet();
    private final ObservableSet<DealStatus> statuses = FXCollections.observableSet();
    private final ObservableSet<Confidence> confidences = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    /** Off: umbrellas count only what their parts leave over; on: the plain (gross) sum, for comparison. */
    private final BooleanProperty gross = new SimpleBooleanProperty(false);
    private final ObservableList<Party> availableParties = FXCollections.observableArrayList();
    private boolean loading;

    public FiltersViewModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        for (Observable o : List.<Observable>of(text, parties, kinds, statuses, confidences, from, to, asOf, gross)) {
            o.addListener(change -> publish());
        }
        workspace.portfolioProperty().addListener((obs, old, portfolio) -> updateParties(portfolio));
        updateParties(workspace.portfolio());
        load(workspace.filter());
    }

    private void updateParties(Portfolio portfolio) {
        availableParties.setAll(portfolio.parties().stream()
                .sorted(Comparator.comparing(Party::name, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    private void publish() {
        if (!loading) {
            workspace.filterProperty().set(toFilter());
        }
    }

    /** The filter the fields describe; directions, which the bar does not show, are kept as they were. */
    public DealFilter toFilter() {
        String trimmed = text.get() == null ? "" : text.get().trim();
        return new DealFilter(trimmed.isEmpty() ? null : trimmed, parties, kinds, statuses, confidences,
                from.get(), to.get(), asOf.get(), workspace.filter().directions(), gross.get());
    }

    /** Shows a filter in the fields (e.g. the one remembered from the last session) and applies it. */
    public void load(DealFilter filter) {
        loading = true;
        try {
            text.set(filter.text() == null ? "" : filter.text());
            parties.clear();
            parties.addAll(filter.parties());
            kinds.clear();
            kinds.addAll(filter.kinds());
            statuses.clear();
            statuses.addAll(filter.statuses());
            confidences.clear();
            confidences.addAll(filter.confidences());
            from.set(filter.from());
            to.set(filter.to());
            asOf.set(filter.asOf());
            gross.set(filter.gross());
        } finally {
            loading = false;
        }
        publish();
    }

    public void clear() {
        load(DealFilter.ALL.withDirections(workspace.filter().directions()));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableSet<String> parties() {
        return parties;
    }

    public ObservableSet<DealKind> kinds() {
        return kinds;
    }

    public ObservableSet<DealStatus> statuses() {
        return statuses;
    }

    public ObservableSet<Confidence> confidences() {
        return confidences;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty grossProperty() {
        return gross;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** The parties of the portfolio, by name, for the party menu. */
    public ObservableList<Party> availableParties() {
        return availableParties;
    }
}
