package com.computefolio.ui.filters;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.PartyRoles;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
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
    private final ObservableSet<String> buyers = FXCollections.observableSet();
    private final ObservableSet<String> counterparties = FXCollections.observableSet();
    private final ObservableSet<String> excluded = FXCollections.observableSet();
    private final ObservableSet<DealKind> kinds = FXCollections.observableSet();
    private final ObservableSet<DealStatus> statuses = FXCollections.observableSet();
    private final ObservableSet<Confidence> confidences = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.AS_REGISTERED);
    private final ObservableList<Scenario> availableScenarios = FXCollections.observableArrayList(Scenarios.builtIn().all());
    /** Off: umbrellas count only what their parts leave over; on: the plain (gross) sum, for comparison. */
    private final BooleanProperty gross = new SimpleBooleanProperty(false);
    private final ObservableList<Party> availableParties = FXCollections.observableArrayList();
    private boolean loading;

    public FiltersViewModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        for (Observable o : List.<Observable>of(text, parties, buyers, counterparties, excluded, kinds, statuses, confidences, from, to, asOf, scenario, gross)) {
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
                from.get(), to.get(), asOf.get(), workspace.filter().directions(),
                scenario.get() == null ? Scenario.AS_REGISTERED : scenario.get(), gross.get(),
                new PartyRoles(buyers, counterparties, excluded));
    }

    /** Shows a filter in the fields (e.g. the one remembered from the last session) and applies it. */
    public void load(DealFilter filter) {
        loading = true;
        try {
            text.set(filter.text() == null ? "" : filter.text());
            parties.clear();
            parties.addAll(filter.parties());
            buyers.clear();
            buyers.addAll(filter.roles().buyers());
            counterparties.clear();
            counterparties.addAll(filter.roles().counterparties());
            excluded.clear();
            excluded.addAll(filter.roles().excluded());
            kinds.clear();
            kinds.addAll(filter.kinds());
            statuses.clear();
            statuses.addAll(filter.statuses());
            confidences.clear();
            confidences.addAll(filter.confidences());
            from.set(filter.from());
            to.set(filter.to());
            asOf.set(filter.asOf());
            if (!availableScenarios.contains(filter.scenario())) {
                availableScenarios.add(filter.scenario());
            }
            scenario.set(filter.scenario());
            gross.set(filter.gross());
        } finally {
            loading = false;
        }
        publish();
    }

    /** Clears the filters; the scenario is a way of counting, not a filter, so it stays as chosen. */
    public void clear() {
        load(DealFilter.ALL.withDirections(workspace.filter().directions()).withScenario(scenario.get()));
    }

    /** Which figures count (docs/scenarios.md); beside the filters, remembered with them. */
    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    /** The scenarios the picker offers: the built-in ones and the user's own. */
    public ObservableList<Scenario> availableScenarios() {
        return availableScenarios;
    }

    /** Offers {@code known} in the picker (e.g. once the user's own scenarios are read), keeping the chosen one. */
    public void offerScenarios(Scenarios known) {
        Scenario chosen = scenario.get();
        availableScenarios.setAll(known.all());
        if (chosen != null && !availableScenarios.contains(chosen)) {
            availableScenarios.add(chosen);
        }
        // A picker bound to the scenario clears its value when its items are replaced: keep the choice.
        if (chosen != null) {
            scenario.set(chosen);
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableSet<String> parties() {
        return parties;
    }

    /** Party ids the deal's buyer must be one of (issue 14: a buyer-only filter). */
    public ObservableSet<String> buyers() {
        return buyers;
    }

    /** Party ids the deal's counterparty must be one of. */
    public ObservableSet<String> counterparties() {
        return counterparties;
    }

    /** Party ids no shown deal may have as buyer or counterparty. */
    public ObservableSet<String> excluded() {
        return excluded;
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
