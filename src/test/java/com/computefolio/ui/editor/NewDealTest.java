package com.computefolio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ValueBasis;
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
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A new deal starts with no made-up facts, takes an amount without a basis error, and can be cancelled. */
class NewDealTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final InMemoryPortfolioService service = new InMemoryPortfolioService("Test", TestPortfolios.parties(), TestPortfolios.deals());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private DealEditorViewModel editor;

    @BeforeEach
    void showAws() {
        workspace.setPortfolio(service.portfolio());
        Messages messages = Messages.english();
        SavedChanges savedChanges = new SavedChanges(new UndoManager(), service, workspace, executor, dialogs, messages);
        editor = new DealEditorViewModel(workspace, service, executor, dialogs, savedChanges, url -> { }, messages, TODAY);
        editor.load(workspace.portfolio().deal("openai-aws").orElseThrow(), null);
    }

    private RevisionForm revision() {
        return editor.selectedRevisionProperty().get();
    }

    @Test
    void aNewDealHasNoCounterpartyWhichSaveSaysIsRequiredBeforeTheFieldIsTouched() {
        editor.newDeal();

        assertThat(editor.form().counterparty.get()).isNull();
        assertThat(editor.errors()).doesNotContainKey(EditorField.COUNTERPARTY);
        assertThat(editor.saveBlockedReasonProperty().get()).startsWith("Cannot save \u2014 Counterparty: Required.");

        editor.form().counterparty.set("oracle");
        editor.form().counterparty.set(null);
        assertThat(editor.errors().get(EditorField.COUNTERPARTY)).isEqualTo("Required.");
    }

    @Test
    void withNothingToGoByTheBuyerIsLeftForTheUserToChoose() {
        editor.clear();

        editor.newDeal();

        assertThat(editor.form().buyer.get()).isNull();
    }

    @Test
    void withoutAPartyInTheFilterTheBuyerIsTheOneOfTheDealShownBefore() {
        editor.newDeal();

        assertThat(editor.form().buyer.get()).isEqualTo("openai");
    }

    @Test
    void theBuyerOfANewDealIsThePartyTheFilterIsNarrowedTo() {
        workspace.filterProperty().set(new DealFilter(null, Set.of("nvidia"), Set.of(), Set.of(), Set.of(), null, null, null, Set.of()));

        editor.newDeal();

        assertThat(editor.form().buyer.get()).isEqualTo("nvidia");
    }

    @Test
    void withoutAPartyInTheFilterTheBuyerIsTheOneOfTheDealSavedLast() {
        editor.form().buyer.set("oracle");
        editor.save();

        editor.newDeal();

        assertThat(editor.form().buyer.get()).isEqualTo("oracle");
    }

    @Test
    void typingAnAmountTurnsTheUndisclosedBasisIntoATotalWithoutAnyError() {
        editor.newDeal();
        assertThat(revision().basis.get()).isEqualTo(ValueBasis.UNDISCLOSED);

        revision().amount.set("2B");

        assertThat(revision().basis.get()).isEqualTo(ValueBasis.TOTAL_OVER_TERM);
        assertThat(editor.errors()).doesNotContainKeys(EditorField.AMOUNT, EditorField.BASIS);
    }

    @Test
    void undoAfterTypingAnAmountTakesTheAmountBackThenTheBasis() {
        editor.newDeal();
        revision().amount.set("2B");

        editor.undoManager().undo();
        assertThat(revision().amount.get()).isEmpty();
        editor.undoManager().undo();
        assertThat(revision().basis.get()).isEqualTo(ValueBasis.UNDISCLOSED);
    }

    @Test
    void cancellingAnUntouchedNewDealAsksNothingAndShowsTheDealBefore() {
        editor.newDeal();

        editor.cancelNew();

        assertThat(dialogs.shown()).isEmpty();
        assertThat(editor.newDealProperty().get()).isFalse();
        assertThat(editor.loadedProperty().get().id()).isEqualTo("openai-aws");
    }

    @Test
    void cancellingAnEditedNewDealAsksFirstAndKeepsItWhenTheUserSaysNo() {
        editor.newDeal();
        editor.form().title.set("Azure capacity");

        dialogs.confirmNext(false);
        editor.cancelNew();
        assertThat(editor.newDealProperty().get()).isTrue();
        assertThat(editor.form().title.get()).isEqualTo("Azure capacity");

        dialogs.confirmNext(true);
        editor.cancelNew();
        assertThat(editor.loadedProperty().get().id()).isEqualTo("openai-aws");
        assertThat(service.deal("new-deal")).isEmpty();
        assertThat(dialogs.shown()).containsExactly("Discard changes?", "Discard changes?");
    }

    @Test
    void cancelDoesNothingToAStoredDeal() {
        revision().amount.set("40B");

        editor.cancelNew();

        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.loadedProperty().get().id()).isEqualTo("openai-aws");
    }
}
