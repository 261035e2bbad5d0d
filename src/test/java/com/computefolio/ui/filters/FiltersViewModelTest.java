package com.computefolio.ui.filters;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealKind;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.service.DealFilter;
import com.computefolio.service.PartyRoles;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.TestPortfolios;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FiltersViewModelTest {
    private final WorkspaceModel workspace = new WorkspaceModel();

    @Test
    void everyChangeIsPublishedToTheWorkspaceAtOnce() {
        FiltersViewModel filters = new FiltersViewModel(workspace);

        filters.textProperty().set("  oracle ");
        assertThat(workspace.filter().text()).isEqualTo("oracle");
        filters.kinds().add(DealKind.CHIPS);
        filters.asOfProperty().set(LocalDate.of(2025, 10, 1));

        assertThat(workspace.filter().kinds()).containsExactly(DealKind.CHIPS);
        assertThat(workspace.filter().asOf()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void clearKeepsOnlyTheDirectionsTheBarDoesNotShow() {
        workspace.filterProperty().set(DealFilter.ALL.withDirections(Set.of(MoneyDirection.INFLOW)));
        FiltersViewModel filters = new FiltersViewModel(workspace);
        filters.textProperty().set("x");
        filters.parties().add("openai");

        filters.clear();

        assertThat(workspace.filter()).isEqualTo(DealFilter.ALL.withDirections(Set.of(MoneyDirection.INFLOW)));
        assertThat(filters.textProperty().get()).isEmpty();
    }

    @Test
    void aPickedScenarioTravelsInTheFilterAndClearingTheFiltersKeepsIt() {
        FiltersViewModel filters = new FiltersViewModel(workspace);
        Scenario firm = Scenarios.builtIn().find("firm").orElseThrow();

        filters.scenarioProperty().set(firm);
        filters.textProperty().set("x");
        filters.clear();

        assertThat(workspace.filter().scenario()).isEqualTo(firm);
        assertThat(workspace.filter().text()).isNull();
        assertThat(filters.availableScenarios()).extracting(Scenario::name)
                .contains("as-registered", "firm", "reported", "ceilings", "options", "estimates", "weighted");
    }

    @Test
    void aRememberedFilterFillsTheFields() {
        FiltersViewModel filters = new FiltersViewModel(workspace);
        DealFilter remembered = new DealFilter("aws", Set.of("amazon"), Set.of(), Set.of(), Set.of(), null, null,
                LocalDate.of(2026, 1, 1), Set.of());

        filters.load(remembered);

        assertThat(filters.textProperty().get()).isEqualTo("aws");
        assertThat(filters.parties()).containsExactly("amazon");
        assertThat(workspace.filter()).isEqualTo(remembered);
    }

    @Test
    void thePartyMenuListsThePortfoliosPartiesByName() {
        FiltersViewModel filters = new FiltersViewModel(workspace);

        workspace.setPortfolio(TestPortfolios.portfolio());

        assertThat(filters.availableParties()).extracting(p -> p.name())
                .containsExactly("Amazon (AWS)", "AMD", "Broadcom", "Nvidia", "OpenAI", "Oracle");
    }

    @Test
    void roleFiltersArePublishedLoadedAndCleared() {
        FiltersViewModel filters = new FiltersViewModel(workspace);

        filters.buyers().add("microsoft");
        filters.counterparties().add("nvidia");
        filters.excluded().add("openai");

        assertThat(workspace.filter().roles()).isEqualTo(new PartyRoles(
                Set.of("microsoft"), Set.of("nvidia"), Set.of("openai")));
        FiltersViewModel again = new FiltersViewModel(workspace);
        assertThat(again.buyers()).containsExactly("microsoft");
        assertThat(again.excluded()).containsExactly("openai");
        again.clear();
        assertThat(workspace.filter().roles().isEmpty()).isTrue();
        assertThat(again.counterparties()).isEmpty();
    }
}
