package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.AppContext;
import com.computefolio.app.RegisterLocation;
import com.computefolio.domain.Deal;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.store.PostgresAddress;
import com.computefolio.testing.PostgresExtension;
import com.computefolio.testing.PostgresServer;
import com.computefolio.ui.common.CurrentThreadTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.prefs.UserPreferences;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.MemoryPreferences;
import com.computefolio.ui.support.ScriptedDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's side of a team register, against the real throwaway PostgreSQL server and without a
 * display: File > Connect to Team Database opens the register off the FX thread (here on the test's
 * thread) and shows its deals, asks for a password the environment does not give, never keeps the
 * password, and a failure leaves the file open before in place.
 */
@ExtendWith(PostgresExtension.class)
class TeamRegisterWindowTest {
    @TempDir
    Path folder;

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MemoryPreferences node = new MemoryPreferences();
    private final UserPreferences preferences = new UserPreferences(node);
    private final AppContextOpener opener = new AppContextOpener();
    private CurrentServices services;
    private PortfolioDocument document;
    private PostgresAddress team;
    private List<String> teamDealIds;

    @BeforeEach
    void openAFileAndFillATeamRegister(PostgresServer server) throws Exception {
        PortfolioConnection first = opener.open(folder.resolve("mine.db"));
        services = new CurrentServices(first);
        workspace.setPortfolio(first.portfolioService().portfolio());
        document = new PortfolioDocument(opener, services, workspace, new CurrentThreadTaskExecutor(), dialogs, preferences,
                Messages.english(), () -> true);
        // No PGPASSWORD here: the password comes from the form or the prompt only.
        document.useTeamSettings(Map.of(), folder.resolve("own.db"));

        team = server.createDatabase();
        Path export = folder.resolve("team.json");
        new PortfolioJsonWriter().write(first.portfolioService().portfolio(), export);
        RegisterLocation withPassword = RegisterLocation.parse(team.toString(), Map.of()).withPassword(PostgresServer.SUPERUSER_PASSWORD);
        try (AppContext filling = AppContext.open(withPassword, folder.resolve("own.db"), false)) {
            filling.portfolioService().importFiles(List.of(export));
            teamDealIds = filling.portfolioService().portfolio().deals().stream().map(Deal::id).sorted().toList();
        }
    }

    @AfterEach
    void close() {
        services.connection().close();
    }

    private void fillForm(String database, String password, boolean remember) {
        dialogs.teamFormNext(form -> {
            form.hostProperty().set(team.host());
            form.portProperty().set(String.valueOf(team.port()));
            form.databaseProperty().set(database);
            form.userProperty().set(team.user());
            form.passwordProperty().set(password);
            form.rememberProperty().set(remember);
        });
    }

    @Test
    void connectingOpensTheTeamRegisterAndShowsItsDeals() {
        fillForm(team.database(), PostgresServer.SUPERUSER_PASSWORD, true);

        document.connectTeam();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(services.connection().team()).isTrue();
        assertThat(teamDealIds).isNotEmpty();
        assertThat(workspace.portfolio().deals().stream().map(Deal::id).sorted().toList()).isEqualTo(teamDealIds);
        assertThat(document.locationProperty().get()).isEqualTo(team.toString()).doesNotContain(PostgresServer.SUPERUSER_PASSWORD);
        assertThat(document.fileProperty().get()).as("views and scenarios are kept beside the user's own file")
                .isEqualTo(folder.resolve("own.db").toAbsolutePath());
        assertThat(document.recentTeams()).containsExactly(team.toString());
    }

    @Test
    void aPasswordTheEnvironmentDoesNotGiveIsAskedForAndNeverKept() throws BackingStoreException {
        fillForm(team.database(), "", true);
        dialogs.passwordNext(Optional.of("not-the-password")).passwordNext(Optional.of(PostgresServer.SUPERUSER_PASSWORD));

        document.connectTeam();

        assertThat(dialogs.passwordPrompts()).hasSize(2);
        assertThat(dialogs.passwordPrompts().get(0)).contains(team.toString());
        assertThat(dialogs.passwordPrompts().get(1)).contains("refused");
        assertThat(services.connection().team()).isTrue();
        assertThat(workspace.portfolio().deals()).hasSize(teamDealIds.size());
        assertThat(everythingStoredIn(node)).doesNotContain(PostgresServer.SUPERUSER_PASSWORD).contains(team.toString());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aConnectionNotRememberedStaysOutOfTheRecentList() {
        fillForm(team.database(), PostgresServer.SUPERUSER_PASSWORD, false);

        document.connectTeam();

        assertThat(services.connection().team()).isTrue();
        assertThat(document.recentTeams()).isEmpty();
        assertThat(preferences.recentTeamDatabases()).isEmpty();
    }

    @Test
    void aFailedConnectionSaysWhichDatabaseWithoutThePasswordAndKeepsTheFileOpen() {
        int deals = workspace.portfolio().deals().size();
        Path before = services.connection().databaseFile();
        fillForm("no_such_database", PostgresServer.SUPERUSER_PASSWORD, true);

        document.connectTeam();

        assertThat(dialogs.errors()).singleElement().asString().contains("no_such_database").contains(team.user())
                .doesNotContain(PostgresServer.SUPERUSER_PASSWORD);
        assertThat(services.connection().team()).isFalse();
        assertThat(services.connection().databaseFile()).isEqualTo(before);
        assertThat(workspace.portfolio().deals()).hasSize(deals);
        assertThat(document.recentTeams()).isEmpty();
    }

    @Test
    void aCancelledPasswordPromptKeepsTheFileOpen() {
        fillForm(team.database(), "", true);
        dialogs.passwordNext(Optional.empty());

        document.connectTeam();

        assertThat(services.connection().team()).isFalse();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aRecentTeamDatabaseOpensAgainWithThePasswordAskedFor() {
        preferences.addRecentTeamDatabase(team.toString());
        dialogs.passwordNext(Optional.of(PostgresServer.SUPERUSER_PASSWORD));

        document.openTeam(team.toString());

        assertThat(services.connection().team()).isTrue();
        assertThat(workspace.portfolio().deals()).hasSize(teamDealIds.size());
    }

    private static String everythingStoredIn(Preferences node) throws BackingStoreException {
        StringBuilder all = new StringBuilder();
        for (String key : node.keys()) {
            all.append(key).append('=').append(node.get(key, "")).append('\n');
        }
        for (String child : node.childrenNames()) {
            all.append(everythingStoredIn(node.node(child)));
        }
        return all.toString();
    }
}
