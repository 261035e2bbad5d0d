package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.testing.DealBuilder;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.prefs.UserPreferences;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.MemoryPreferences;
import com.computefolio.ui.support.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The File menu on real databases in a temporary folder, without a display. */
class PortfolioDocumentTest {
    @TempDir
    Path folder;

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UserPreferences preferences = new UserPreferences(new MemoryPreferences());
    private final AppContextOpener opener = new AppContextOpener();
    private CurrentServices services;
    private PortfolioDocument document;
    private boolean mayLeave = true;

    @BeforeEach
    void openCuratedPortfolio() {
        PortfolioConnection first = opener.open(folder.resolve("first.db"));
        services = new CurrentServices(first);
        workspace.setPortfolio(first.portfolioService().portfolio());
        document = new PortfolioDocument(opener, services, workspace, new CurrentThreadTaskExecutor(), dialogs, preferences,
                Messages.english(), () -> mayLeave);
    }

    @AfterEach
    void close() {
        services.connection().close();
    }

    @Test
    void newCreatesAnEmptyPortfolioAndSwitchesToIt() {
        int curated = workspace.portfolio().deals().size();
        Path target = folder.resolve("empty.db");
        dialogs.fileNext(target);

        document.newPortfolio();

        assertThat(curated).isPositive();
        assertThat(workspace.portfolio().deals()).isEmpty();
        assertThat(document.fileProperty().get()).isEqualTo(target.toAbsolutePath());
        assertThat(services.portfolio().portfolio().deals()).isEmpty();
        assertThat(document.recentFiles()).first().isEqualTo(target.toAbsolutePath());
    }

    @Test
    void saveAsWritesACopyAndContinuesInIt() {
        int deals = workspace.portfolio().deals().size();
        Path copy = folder.resolve("copy.db");
        dialogs.fileNext(copy);

        document.saveAs();

        assertThat(Files.exists(copy)).isTrue();
        assertThat(document.fileProperty().get()).isEqualTo(copy.toAbsolutePath());
        assertThat(services.connection().databaseFile()).isEqualTo(copy.toAbsolutePath());
        assertThat(workspace.portfolio().deals()).hasSize(deals);
    }

    @Test
    void saveAsOrNewOverTheOpenRegisterOrItsLogIsRefusedAndTheWindowStaysOnTheRegister() throws Exception {
        Path db = folder.resolve("first.db").toAbsolutePath();
        Path log = folder.resolve("first.db-wal");
        Path link = Files.createSymbolicLink(folder.resolve("link.db"), log);
        boolean logExisted = Files.exists(log);
        int deals = workspace.portfolio().deals().size();

        for (Path target : List.of(log, link)) {
            dialogs.fileNext(target);
            document.saveAs();
        }
        dialogs.fileNext(Files.createSymbolicLink(folder.resolve("new.db"), db));
        document.newPortfolio();

        assertThat(dialogs.errors()).hasSize(3).allSatisfy(error -> assertThat(error).startsWith("Refusing to write to "));
        assertThat(dialogs.errors().subList(0, 2)).allSatisfy(error -> assertThat(error).contains("a working file of the open register"));
        assertThat(dialogs.errors().get(2)).contains("new.db: it is the open register");
        assertThat(Files.exists(log)).isEqualTo(logExisted);
        assertThat(document.fileProperty().get()).isEqualTo(db);
        assertThat(services.portfolio().portfolio().deals()).hasSize(deals);
    }

    @Test
    void openKeepsTheCurrentFileWhenTheUserKeepsUnsavedEdits() {
        mayLeave = false;

        document.open();

        assertThat(dialogs.shown()).isEmpty();
        assertThat(document.fileProperty().get()).isEqualTo(folder.resolve("first.db").toAbsolutePath());
    }

    @Test
    void aRecentFileThatIsGoneIsRemovedWithAMessage() {
        Path gone = folder.resolve("gone.db");
        preferences.addRecentFile(gone);

        document.openRecent(gone);

        assertThat(dialogs.errors()).singleElement().asString().contains("no longer exists");
        assertThat(document.recentFiles()).doesNotContain(gone);
    }

    @Test
    void anInvalidImportListsEveryProblemAndChangesNothing() throws Exception {
        int deals = workspace.portfolio().deals().size();
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"computefolio-portfolio\", \"formatVersion\": 99}");
        dialogs.fileNext(bad);

        document.importFiles();

        assertThat(dialogs.shown()).contains("Nothing imported");
        assertThat(dialogs.errors()).singleElement().asString().contains("bad.json");
        assertThat(services.portfolio().portfolio().deals()).hasSize(deals);
    }

    @ParameterizedTest(name = "user answers {0}")
    @ValueSource(booleans = {false, true})
    void anOlderFileIsImportedOnlyWhenTheUserConfirmsTakingBackNewerRevisions(boolean answer) throws Exception {
        Source source = DealBuilder.source("T-older");
        Deal first = DealBuilder.deal("older-test").sources(source).revisionSources(source).build();
        Deal edited = DealBuilder.deal("older-test").sources(source).revisionSources(source)
                .then("2026-02-27").value("50", ValueBasis.TOTAL_OVER_TERM).build();
        services.portfolio().importFiles(List.of(write("newer.json", edited)));
        dialogs.fileNext(write("older.json", first)).confirmNext(answer);

        document.importFiles();

        assertThat(services.portfolio().deal("older-test").orElseThrow().revisions()).hasSize(answer ? 1 : 2);
        assertThat(dialogs.shown()).containsExactlyElementsOf(answer
                ? List.of("Import Deals", "Replace newer deals?", "Import finished")
                : List.of("Import Deals", "Replace newer deals?"));
    }

    @ParameterizedTest(name = "user picks choice {0}")
    @ValueSource(ints = {0, 1})
    void aPartyUnderAnotherNameIsImportedOnlyAfterTheUserChoosesToKeepOrReplace(int choice) throws Exception {
        Deal deal = DealBuilder.deal("renamed-test").build();
        dialogs.fileNext(write("renamed.json", deal, "Amazon Web Services")).chooseNext(choice);

        document.importFiles();

        assertThat(dialogs.shown()).containsExactly("Import Deals", "Keep or replace?", "Import finished");
        assertThat(services.portfolio().deal("renamed-test")).isPresent();
        assertThat(services.portfolio().portfolio().partiesById().get("amazon").name())
                .isEqualTo(choice == 0 ? "Amazon (AWS)" : "Amazon Web Services");
    }

    private Path write(String name, Deal deal) throws Exception {
        return write(name, deal, "Amazon (AWS)");
    }

    private Path write(String name, Deal deal, String amazonsName) throws Exception {
        Path file = folder.resolve(name);
        List<Party> parties = List.of(new Party("openai", "OpenAI", PartyKind.AI_LAB),
                new Party("amazon", amazonsName, PartyKind.HYPERSCALER_CLOUD));
        new PortfolioJsonWriter().write(new Portfolio("test", parties, List.of(deal), List.of()), file);
        return file;
    }
}
