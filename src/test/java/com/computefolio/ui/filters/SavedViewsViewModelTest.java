package com.computefolio.ui.filters;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealKind;
import com.computefolio.service.view.ViewFile;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Views menu's state: save the filters under a name, apply, delete; one file with the command line's --view. */
class SavedViewsViewModelTest {
    @TempDir
    Path folder;

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FiltersViewModel filters;
    private SavedViewsViewModel views;

    @BeforeEach
    void open() {
        filters = new FiltersViewModel(workspace);
        views = new SavedViewsViewModel(filters, dialogs, Messages.english());
        views.open(folder.resolve("register.db"));
    }

    @Test
    void theCurrentFiltersAreSavedUnderANameAndAppliedLater() {
        filters.buyers().add("microsoft");
        filters.kinds().add(DealKind.CHIPS);
        dialogs.textNext(Optional.of("ms-chips"));

        views.saveCurrent();
        filters.clear();
        views.apply(views.views().get(0));

        assertThat(views.views()).extracting(v -> v.name()).containsExactly("ms-chips");
        assertThat(workspace.filter().roles().buyers()).containsExactly("microsoft");
        assertThat(workspace.filter().kinds()).containsExactly(DealKind.CHIPS);
        assertThat(Files.exists(folder.resolve(ViewFile.FILE_NAME))).isTrue();
    }

    @Test
    void theTablesVisibleColumnsAreSavedWithTheViewAndShownAgainWhenItIsApplied() {
        java.util.List<java.util.List<String>> shown = new java.util.ArrayList<>();
        views.useColumns(() -> java.util.List.of("title", "value", "buyer"), shown::add);
        dialogs.textNext(Optional.of("narrow"));

        views.saveCurrent();
        views.apply(new ViewFile(folder.resolve(ViewFile.FILE_NAME)).find("narrow", com.computefolio.service.scenario.Scenarios.builtIn())
                .orElseThrow());

        assertThat(shown).containsExactly(java.util.List.of("title", "value", "buyer"));
    }

    @Test
    void aViewWithoutColumnsLeavesTheTableAsItIs() {
        java.util.List<java.util.List<String>> shown = new java.util.ArrayList<>();
        views.useColumns(java.util.List::of, shown::add);
        dialogs.textNext(Optional.of("filters-only"));

        views.saveCurrent();
        views.apply(views.views().get(0));

        assertThat(views.views().get(0).columns()).isEmpty();
        assertThat(shown).isEmpty();
    }

    @Test
    void aBadNameIsRefusedWithAMessageAndNothingIsSaved() {
        dialogs.textNext(Optional.of("Not A Name!"));

        views.saveCurrent();

        assertThat(dialogs.errors()).hasSize(1);
        assertThat(views.views()).isEmpty();
    }

    @Test
    void deletingAsksFirst() {
        dialogs.textNext(Optional.of("one"));
        views.saveCurrent();

        dialogs.confirmNext(false);
        views.delete(views.views().get(0));
        assertThat(views.views()).hasSize(1);

        dialogs.confirmNext(true);
        views.delete(views.views().get(0));
        assertThat(views.views()).isEmpty();
    }

    @Test
    void aBrokenViewsFileIsReportedNotThrown() throws Exception {
        Files.writeString(folder.resolve(ViewFile.FILE_NAME), "{ \"formatVersion\": 1, \"views\": [ { \"name\": \"x\", \"kinds\": [\"NOPE\"] } ] }");

        views.open(folder.resolve("register.db"));

        assertThat(views.views()).isEmpty();
        assertThat(dialogs.errors()).hasSize(1);
    }

    /** As the window wires it: the grouping is the Charts tab's, kept in the workspace. */
    private void groupingOfTheCharts() {
        views.useGrouping(workspace.chartGroupingProperty()::get, workspace.chartGroupingProperty()::set);
    }

    @Test
    void theChartsGroupingIsSavedWithTheViewInViewsJsonAndBroughtBackWhenItIsChosen() throws Exception {
        groupingOfTheCharts();
        workspace.chartGroupingProperty().set(com.computefolio.service.GroupBy.KIND);
        dialogs.textNext(Optional.of("by-kind"));

        views.saveCurrent();
        workspace.chartGroupingProperty().set(com.computefolio.service.GroupBy.STATUS);
        views.apply(views.views().get(0));

        assertThat(views.views().get(0).groupBy()).isEqualTo(com.computefolio.service.GroupBy.KIND);
        assertThat(Files.readString(folder.resolve(ViewFile.FILE_NAME))).contains("groupBy");
        assertThat(workspace.chartGroupingProperty().get()).isEqualTo(com.computefolio.service.GroupBy.KIND);
    }

    @Test
    void aViewThatNamesNoGroupingLeavesTheChartsAsTheyAre() throws Exception {
        groupingOfTheCharts();
        new ViewFile(folder.resolve(ViewFile.FILE_NAME)).save(new com.computefolio.service.view.SavedView("plain",
                com.computefolio.service.DealFilter.ALL));
        views.open(folder.resolve("register.db"));
        workspace.chartGroupingProperty().set(com.computefolio.service.GroupBy.BUYER);

        views.apply(views.views().get(0));

        assertThat(workspace.chartGroupingProperty().get()).isEqualTo(com.computefolio.service.GroupBy.BUYER);
    }
}
