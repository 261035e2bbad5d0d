package com.computefolio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DealEditorViewModelTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final InMemoryPortfolioService service = new InMemoryPortfolioService("Test", TestPortfolios.parties(), TestPortfolios.deals());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> opened = new ArrayList<>();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private SavedChanges savedChanges;
    private DealEditorViewModel editor;

    @BeforeEach
    void openAws() {
        workspace.setPortfolio(service.portfolio());
        Messages messages = Messages.english();
        savedChanges = new SavedChanges(new UndoManager(), service, workspace, executor, dialogs, messages);
        editor = new DealEditorViewModel(workspace, service, executor, dialogs, savedChanges, opened::add, messages, TODAY);
        editor.load(stored("openai-aws"), null);
    }

    private Deal stored(String id) {
        return workspace.portfolio().deal(id).orElseThrow();
    }

    private RevisionForm revision() {
        return editor.selectedRevisionProperty().get();
    }

    @Test
    void theHeadingIsTheTitleInTheWindowsLanguageUntilTheTitleIsEdited() {
        Deal aws = stored("openai-aws").withTranslations(new com.computefolio.domain.Translations(
                java.util.Map.of("ar", java.util.Map.of(com.computefolio.domain.Translations.TITLE, "سعة سحابية"))));
        Messages arabic = new Messages(com.computefolio.service.text.Texts.arabic());
        DealEditorViewModel inArabic = new DealEditorViewModel(workspace, service, executor, dialogs,
                new SavedChanges(new UndoManager(), service, workspace, executor, dialogs, arabic), opened::add, arabic, TODAY);
        inArabic.load(aws, null);
        assertThat(inArabic.heading().get()).isEqualTo("سعة سحابية");
        assertThat(inArabic.form().title.get()).isEqualTo("AWS cloud capacity");

        inArabic.form().title.set("AWS cloud capacity, renamed");
        assertThat(inArabic.heading().get()).isEqualTo("AWS cloud capacity, renamed");
        assertThat(editor.heading().get()).isEqualTo("AWS cloud capacity");
    }

    @Test
    void aLoadedDealIsCleanValidAndCannotBeSavedUnchanged() {
        assertThat(editor.form().title.get()).isEqualTo("AWS cloud capacity");
        assertThat(revision().amount.get()).isEqualTo("38B");
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    @Test
    void anEditMakesTheDealDirtyAndTypingItBackMakesItCleanAgain() {
        revision().amount.set("50B");
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.canSaveProperty().get()).isTrue();

        revision().amount.set("38000000000");

        assertThat(editor.isDirty()).isTrue(); // same value, other text: the user typed something
        revision().amount.set("38B");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void aNegativeValueShowsTheValidatorsMessageBesideTheAmountAndBlocksSave() {
        revision().amount.set("-5B");

        assertThat(editor.errors().get(EditorField.AMOUNT)).contains("negative");
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.saveBlockedReasonProperty().get()).startsWith("Cannot save \u2014 Value:").contains("negative");
    }

    @Test
    void textThatIsNotAnAmountIsReportedAsSuchAndBlocksSave() {
        revision().amount.set("lots");

        assertThat(editor.errors().get(EditorField.AMOUNT)).startsWith("Not an amount");
        assertThat(editor.canSaveProperty().get()).isFalse();

        revision().amount.set("40B");
        assertThat(editor.errors()).isEmpty();
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void badDatesAndTermsAreReportedOnTheirFields() {
        editor.form().announced.set("2025-13-01");
        revision().termMonths.set("0");

        assertThat(editor.errors().get(EditorField.ANNOUNCED)).startsWith("Not a date");
        assertThat(editor.errors().get(EditorField.TERM_MONTHS)).contains("at least one month");
        assertThat(editor.saveBlockedReasonProperty().get()).contains("(and 1 more)");
    }

    @Test
    void aFigureWithoutASourceIsRefused() {
        new ArrayList<>(revision().sources).forEach(editor.sources()::removeSource);

        assertThat(editor.errors().get(EditorField.SOURCES)).contains("no source");
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    @Test
    void undoRestoresThePreviousValueAndRedoTheNewOne() {
        revision().amount.set("5");
        revision().amount.set("50");
        revision().amount.set("50B");

        editor.undoManager().undo();

        assertThat(revision().amount.get()).isEqualTo("38B");
        assertThat(editor.isDirty()).isFalse();
        editor.undoManager().redo();
        assertThat(revision().amount.get()).isEqualTo("50B");
    }

    @Test
    void saveWritesThroughTheServiceAndUndoOfTheSavedEditSavesThePreviousDealBack() {
        revision().amount.set("50B");

        editor.save();

        assertThat(service.deal("openai-aws").orElseThrow().current().value().amount().toMajor())
                .isEqualByComparingTo("50000000000");
        assertThat(stored("openai-aws").version()).isEqualTo(2);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.undoManager().canUndoProperty().get()).isFalse();

        savedChanges.history().undo();

        Deal back = service.deal("openai-aws").orElseThrow();
        assertThat(back.current().value().amount().toMajor()).isEqualByComparingTo("38000000000");
        assertThat(back.version()).isEqualTo(3);
        assertThat(revision().amount.get()).isEqualTo("38B"); // the editor follows the stored deal
        savedChanges.history().redo();
        assertThat(service.deal("openai-aws").orElseThrow().current().value().amount().toMajor())
                .isEqualByComparingTo("50000000000");
    }

    @Test
    void aConflictingSaveOffersOverwrite() {
        service.bumpVersion("openai-aws");
        revision().amount.set("51B");
        dialogs.chooseNext(1); // Overwrite with Mine

        editor.save();

        assertThat(dialogs.shown()).contains("Changed elsewhere");
        assertThat(service.deal("openai-aws").orElseThrow().current().value().amount().toMajor())
                .isEqualByComparingTo("51000000000");
    }

    @Test
    void aConflictingSaveCanReloadTheStoredDeal() {
        service.bumpVersion("openai-aws");
        revision().amount.set("51B");
        dialogs.chooseNext(0); // Reload theirs

        editor.save();

        assertThat(revision().amount.get()).isEqualTo("38B");
        assertThat(editor.loadedProperty().get().version()).isEqualTo(2);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void addRevisionCopiesTheSelectedOneKnownFromToday() {
        editor.addRevision();

        assertThat(editor.form().revisions()).hasSize(2);
        assertThat(revision().knownFrom.get()).isEqualTo("2026-04-01");
        assertThat(revision().amount.get()).isEqualTo("38B");
        revision().amount.set("45B");
        editor.save();
        Deal saved = service.deal("openai-aws").orElseThrow();
        assertThat(saved.revisions()).hasSize(2);
        assertThat(saved.asOf(LocalDate.of(2026, 1, 1)).orElseThrow().value().amount().toMajor()).isEqualByComparingTo("38000000000");
    }

    @Test
    void newDealNeedsASourceBeforeItCanBeSavedAndThenCanBeUndoneAsACreation() {
        editor.newDeal();
        assertThat(editor.newDealProperty().get()).isTrue();
        editor.form().buyer.set("openai");
        editor.form().counterparty.set("amazon");
        revision().amount.set("2B");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.sources().addSource(new Source("new", "Reuters", "A deal", "https://www.reuters.com/a", null, null));
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.save();

        assertThat(service.deal("new-deal")).isPresent();
        assertThat(revision().sources.get(0).source().id()).isEqualTo("S2"); // DealBuilder's sources are S1
        savedChanges.history().undo();
        assertThat(service.deal("new-deal")).isEmpty();
        assertThat(workspace.portfolio().deal("new-deal")).isEmpty();
    }

    @Test
    void aSourceTypedInTheSourceDialogIsAddedWithANewIdAndCancelAddsNothing() {
        int before = revision().sources.size();
        dialogs.sourceNext(Optional.empty());
        editor.sources().askForNewSource();
        assertThat(revision().sources).hasSize(before);

        dialogs.sourceNext(Optional.of(new Source("new", "Reuters", "A deal", "https://www.reuters.com/a", null, null)));
        editor.sources().askForNewSource();

        assertThat(revision().sources).hasSize(before + 1);
        Source added = revision().sources.get(before).source();
        assertThat(added.publisher()).isEqualTo("Reuters");
        assertThat(added.id()).isNotEqualTo("new");
        assertThat(dialogs.shown()).containsExactly("source: new", "source: new");
    }

    @Test
    void editingASourceInTheDialogReplacesItAndShowsTheStoredSourceFirst() {
        SourceEntry entry = revision().sources.get(0);
        dialogs.sourceNext(Optional.of(new Source(entry.source().id(), "Bloomberg", "Edited", "https://www.bloomberg.com/b", null, null)));

        editor.sources().askToEditSource(entry);

        assertThat(dialogs.shown()).containsExactly("source: " + entry.source().id());
        assertThat(revision().sources.get(0).source().publisher()).isEqualTo("Bloomberg");
        assertThat(editor.isDirty()).isTrue();
    }

    @Test
    void deleteAsksFirstAndIsUndoable() {
        dialogs.confirmNext(false);
        editor.delete();
        assertThat(service.deal("openai-aws")).isPresent();

        dialogs.confirmNext(true);
        editor.delete();
        assertThat(service.deal("openai-aws")).isEmpty();
        assertThat(editor.loadedProperty().get()).isNull();

        savedChanges.history().undo();
        assertThat(service.deal("openai-aws")).isPresent();
    }

    @Test
    void onlyWebAddressesAreOpened() {
        editor.sources().openLink("https://www.aboutamazon.com/news");
        editor.sources().openLink("file:///etc/passwd");
        editor.sources().openLink("javascript:alert(1)");

        assertThat(opened).containsExactly("https://www.aboutamazon.com/news");
        assertThat(dialogs.errors()).hasSize(2).allMatch(m -> m.contains("Only http and https"));
    }

    @Test
    void leavingAChangedDealAsksAndLeavingACleanOneDoesNot() {
        assertThat(editor.mayLeave()).isTrue();
        revision().amount.set("39B");
        dialogs.confirmNext(false);
        assertThat(editor.mayLeave()).isFalse();
    }

    @Test
    void aProblemInAnotherRevisionIsListedUnderTheForm() {
        editor.load(stored("openai-oracle"), null);
        editor.form().revisions().get(0).amount.set("-1");

        assertThat(editor.errors()).isEmpty();
        assertThat(editor.otherProblems()).singleElement().asString().startsWith("Revision of 2025-09-10:");
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    @Test
    void aControlCharacterOrAnOverLongTitleIsRefusedAsYouType() {
        editor.form().title.set("AWS \u001b[2Jcloud");

        assertThat(editor.errors().get(EditorField.TITLE)).contains("the control character U+001B at character 5");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.form().title.set("T".repeat(301));

        assertThat(editor.errors().get(EditorField.TITLE)).contains("301 characters long");
        editor.form().title.set("AWS cloud capacity, renamed");
        assertThat(editor.errors()).isEmpty();
    }
}
