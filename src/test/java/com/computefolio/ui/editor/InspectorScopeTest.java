package com.computefolio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.service.DealFilter;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.UndoManager;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.InMemoryPortfolioService;
import com.computefolio.ui.support.ScriptedDialogs;
import com.computefolio.ui.support.TestPortfolios;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inspector follows what the table shows: hidden deals leave it, the past is read only. */
class InspectorScopeTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 30);

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final InMemoryPortfolioService service = new InMemoryPortfolioService("Test", TestPortfolios.parties(), TestPortfolios.deals());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private DealEditorViewModel editor;

    @BeforeEach
    void showOracle() {
        workspace.setPortfolio(service.portfolio());
        Messages messages = Messages.english();
        SavedChanges savedChanges = new SavedChanges(new UndoManager(), service, workspace, executor, dialogs, messages);
        editor = new DealEditorViewModel(workspace, service, executor, dialogs, savedChanges, url -> { }, messages, TODAY);
        editor.load(deal("openai-oracle"), null);
    }

    private Deal deal(String id) {
        return workspace.portfolio().deal(id).orElseThrow();
    }

    private static DealFilter asOf(LocalDate date) {
        return new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), null, null, date, Set.of());
    }

    private void tableShows(DealFilter filter, String... ids) {
        editor.follow(filter, Set.of(ids)::contains, Set.of("openai-oracle"));
    }

    @Test
    void aDealTheSearchHidesLeavesTheInspectorWhichSaysWhy() {
        tableShows(DealFilter.ALL.withText("aws"), "openai-aws");

        assertThat(editor.loadedProperty().get()).isNull();
        assertThat(editor.scope().noticeProperty().get()).isEqualTo("\u201cOracle cloud contract\u201d is hidden by the search or the filters.");
    }

    @Test
    void aDealHiddenByTheSearchComesBackWhenTheSearchShowsItAgain() {
        tableShows(DealFilter.ALL.withText("aws"), "openai-aws");
        tableShows(DealFilter.ALL, "openai-aws", "openai-oracle");

        assertThat(editor.loadedProperty().get().id()).isEqualTo("openai-oracle");
        assertThat(editor.scope().noticeProperty().get()).isEmpty();
    }

    @Test
    void aDealNotYetKnownOnTheAsOfDateLeavesTheInspectorWithItsFirstDate() {
        tableShows(asOf(LocalDate.of(2024, 12, 31)));

        assertThat(editor.loadedProperty().get()).isNull();
        assertThat(editor.scope().noticeProperty().get())
                .isEqualTo("\u201cOracle cloud contract\u201d was not yet known on 2024-12-31: its first revision is from 2025-09-10.");
    }

    @Test
    void unsavedEditsOfAHiddenDealAreKeptWithANotice() {
        editor.selectedRevisionProperty().get().amount.set("333B");

        tableShows(DealFilter.ALL.withText("aws"), "openai-aws");

        assertThat(editor.loadedProperty().get().id()).isEqualTo("openai-oracle");
        assertThat(editor.selectedRevisionProperty().get().amount.get()).isEqualTo("333B");
        assertThat(editor.scope().draftHiddenProperty().get()).isTrue();
        assertThat(editor.scope().noticeProperty().get()).contains("hidden by the search").contains("unsaved changes are kept");
        assertThat(dialogs.shown()).isEmpty();

        tableShows(DealFilter.ALL, "openai-aws", "openai-oracle");
        assertThat(editor.scope().draftHiddenProperty().get()).isFalse();
    }

    @Test
    void withAnAsOfDateTheDealIsReadOnlyAndShowsTheRevisionThenInForce() {
        tableShows(asOf(LocalDate.of(2026, 1, 15)), "openai-oracle");

        assertThat(editor.scope().isReadOnly()).isTrue();
        assertThat(editor.selectedRevisionProperty().get().amount.get()).isEqualTo("300B");
        editor.selectedRevisionProperty().get().amount.set("310B");
        assertThat(editor.canSaveProperty().get()).isFalse();
        editor.save();
        assertThat(service.deal("openai-oracle").orElseThrow().revisions()).hasSize(2);
    }

    @Test
    void addingADatedRevisionIsTheWayToEditThePast() {
        LocalDate past = LocalDate.of(2026, 1, 15);
        tableShows(asOf(past), "openai-oracle");

        editor.addDatedRevision();

        assertThat(editor.scope().isReadOnly()).isFalse();
        RevisionForm added = editor.selectedRevisionProperty().get();
        assertThat(added.knownFrom.get()).isEqualTo("2026-01-15");
        assertThat(added.amount.get()).isEqualTo("300B");
        added.amount.set("305B");
        added.change.set("Reported at 305B in January");
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.save();
        assertThat(service.deal("openai-oracle").orElseThrow().asOf(past).orElseThrow().value().amount().toMajor())
                .isEqualByComparingTo("305000000000");
    }

    @Test
    void anotherDealShownInThePastIsReadOnlyAgain() {
        tableShows(asOf(MID_2025.plusYears(1)), "openai-oracle", "openai-aws");
        editor.addDatedRevision();
        editor.revert();
        editor.load(deal("openai-aws"), MID_2025.plusYears(1));

        assertThat(editor.scope().isReadOnly()).isTrue();
    }

    @Test
    void backToTodayAsksTheFilterToDropTheDateAndTheDealIsEditableAgain() {
        tableShows(asOf(LocalDate.of(2026, 1, 15)), "openai-oracle");
        boolean[] asked = {false};
        editor.onBackToToday(() -> asked[0] = true);

        editor.backToToday();
        tableShows(DealFilter.ALL, "openai-oracle");

        assertThat(asked[0]).isTrue();
        assertThat(editor.scope().isReadOnly()).isFalse();
        assertThat(editor.selectedRevisionProperty().get().amount.get()).isEqualTo("320B");
    }
}
