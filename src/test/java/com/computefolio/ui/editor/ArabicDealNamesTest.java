package com.computefolio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Translations;
import com.computefolio.service.text.Texts;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Arabic window names a deal to the user by its Arabic title (the register's translation) in every question
 * and undo label, and orders parties and deals by the names it shows, in the Arabic alphabet's order.
 */
class ArabicDealNamesTest {
    private static final String AWS_AR = "سعة AWS السحابية";
    private final Messages arabic = new Messages(Texts.arabic());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final WorkspaceModel workspace = new WorkspaceModel();
    private InMemoryPortfolioService service;
    private SavedChanges saved;
    private DealEditorViewModel editor;

    private static Translations arabic(String field, String text) {
        return new Translations(Map.of("ar", Map.of(field, text)));
    }

    @BeforeEach
    void openAwsInArabic() {
        List<Deal> deals = TestPortfolios.deals().stream()
                .map(d -> d.id().equals("openai-aws") ? d.withTranslations(arabic(Translations.TITLE, AWS_AR)) : d).toList();
        service = new InMemoryPortfolioService("Test", TestPortfolios.parties(), deals);
        workspace.setPortfolio(service.portfolio());
        saved = new SavedChanges(new UndoManager(), service, workspace, executor, dialogs, arabic);
        editor = new DealEditorViewModel(workspace, service, executor, dialogs, saved, url -> { }, arabic,
                Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC));
        editor.load(workspace.portfolio().deal("openai-aws").orElseThrow(), null);
    }

    @Test
    void theDeleteQuestionAndTheUndoLabelNameTheDealInArabic() {
        dialogs.confirmNext(true);
        editor.delete();

        assertThat(dialogs.questions()).singleElement().asString().contains(AWS_AR).doesNotContain("AWS cloud capacity");
        assertThat(saved.history().undoDescriptionProperty().get()).contains(AWS_AR).doesNotContain("AWS cloud capacity");
    }

    @Test
    void savingNamesTheDealInArabicAndLeavingAnEditAsksAboutItInArabic() {
        editor.selectedRevisionProperty().get().amount.set("39B");
        dialogs.confirmNext(false);
        assertThat(editor.mayLeave()).isFalse();
        assertThat(dialogs.questions()).singleElement().asString().contains(AWS_AR);

        editor.save();
        assertThat(saved.history().undoDescriptionProperty().get()).contains(AWS_AR).doesNotContain("AWS cloud capacity");
    }

    @Test
    void partiesAndDealsSortByTheShownNameInTheLanguagesAlphabet() {
        List<Party> parties = new ArrayList<>(List.of(
                new Party("oracle", "Oracle", com.computefolio.domain.PartyKind.AI_LAB).withTranslations(arabic(Translations.NAME, "أوراكل")),
                new Party("microsoft", "Microsoft", com.computefolio.domain.PartyKind.AI_LAB).withTranslations(arabic(Translations.NAME, "مايكروسوفت")),
                new Party("coreweave", "CoreWeave", com.computefolio.domain.PartyKind.AI_LAB).withTranslations(arabic(Translations.NAME, "كورويف")),
                new Party("broadcom", "Broadcom", com.computefolio.domain.PartyKind.AI_LAB).withTranslations(arabic(Translations.NAME, "برودكوم"))));

        parties.sort(arabic.partyOrder());
        assertThat(parties).extracting(arabic::partyName).containsExactly("أوراكل", "برودكوم", "كورويف", "مايكروسوفت");
        parties.sort(Messages.english().partyOrder());
        assertThat(parties).extracting(Party::id).containsExactly("broadcom", "coreweave", "microsoft", "oracle");
        // Letter case does not split names apart in the order: "amd" sits with "AMD", before "Broadcom".
        assertThat(List.of("Broadcom", "amd", "Zeta", "AMD").stream().sorted(Messages.english().nameOrder()).toList())
                .containsExactly("amd", "AMD", "Broadcom", "Zeta");

        List<Deal> deals = new ArrayList<>(workspace.portfolio().deals());
        deals.sort(arabic.dealOrder());
        assertThat(deals.get(deals.size() - 1).id()).as("an Arabic title sorts after every Latin one").isEqualTo("openai-aws");
    }
}
