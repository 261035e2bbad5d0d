package com.computefolio.ui;

import com.computefolio.app.AppPaths;
import com.computefolio.app.Failures;
import com.computefolio.app.RegisterLocation;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.ImportClashException;
import com.computefolio.service.ImportOptions;
import com.computefolio.service.ImportResult;
import com.computefolio.service.TakeBackException;
import com.computefolio.service.ValidationException;
import com.computefolio.service.output.OutputKind;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.service.text.ProblemTexts;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.FileType;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.common.TeamConnectForm;
import com.computefolio.ui.prefs.UserPreferences;
import com.computefolio.ui.state.WorkspaceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The File menu's model: which database is open, New / Open / Save As / Import, and the recent
 * files. A portfolio is one SQLite file; opening another switches the services behind the window
 * and replaces the workspace snapshot. All file and database work runs in the background.
 */
public final class PortfolioDocument {
    private final PortfolioOpener opener;
    private final CurrentServices services;
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final UserPreferences preferences;
    private final Messages messages;
    private final BooleanSupplier mayLeave;
    private final OutputRefusals refusals;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper();
    private final ObservableList<String> recentTeams = FXCollections.observableArrayList();
    /** Where a team register's password and user may come from (PGPASSWORD, PGUSER) and the user's own file. */
    private Map<String, String> environment = System.getenv();
    private Path localFile = AppPaths.ofThisMachine().defaultDatabase();

    /** @param mayLeave asks the user about unsaved edits; false keeps the current file open */
    public PortfolioDocument(PortfolioOpener opener, CurrentServices services, WorkspaceModel workspace, TaskExecutor executor,
                             DialogService dialogs, UserPreferences preferences, Messages messages, BooleanSupplier mayLeave) {
        this.opener = opener;
        this.services = services;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.messages = messages;
        this.mayLeave = mayLeave;
        this.refusals = new OutputRefusals(dialogs, messages);
        // At start-up the window shows before its database is open (opened() follows); later it always has one.
        if (services.connection() != null) {
            file.set(services.connection().databaseFile());
            location.set(services.connection().location());
            if (!services.connection().team()) {
                preferences.addRecentFile(services.connection().databaseFile());
            }
        }
        recentFiles.setAll(preferences.recentFiles());
        recentTeams.setAll(preferences.recentTeamDatabases());
    }

    /** For tests: the environment a team address is read with, and the user's own file beside which views are kept. */
    void useTeamSettings(Map<String, String> environment, Path localFile) {
        this.environment = Map.copyOf(environment);
        this.localFile = localFile;
    }

    /**
     * The first database, opened in the background while the window already showed: it becomes the
     * open file and its portfolio fills the views.
     */
    public void opened(PortfolioConnection connection, Portfolio portfolio) {
        adopt(connection, portfolio);
    }

    private void adopt(PortfolioConnection connection, Portfolio portfolio) {
        PortfolioConnection previous = services.switchTo(connection);
        workspace.selectedDealIds().clear();
        workspace.setPortfolio(portfolio);
        file.set(connection.databaseFile());
        location.set(connection.location());
        if (!connection.team()) {
            // A team register's databaseFile is the user's own file, not what was opened: the team list has it.
            preferences.addRecentFile(connection.databaseFile());
            recentFiles.setAll(preferences.recentFiles());
        }
        // The same connection comes back when the window is made anew in another language: keep it open.
        if (previous != null && previous != connection) {
            closeInBackground(previous);
        }
    }

    private FileSpec databaseSpec(String titleKey) {
        Path current = file.get();
        return FileSpec.of(messages.get(titleKey), FileType.of(messages.get("file.type.database"), "*.db", "*.sqlite"),
                FileType.of(messages.get("file.type.all"), "*.*"))
                .withInitialDirectory(current == null ? null : current.toAbsolutePath().getParent());
    }

    /** File > New: a new empty portfolio in a file the user names. */
    public void newPortfolio() {
        if (!mayLeave.getAsBoolean()) {
            return;
        }
        dialogs.saveFile(databaseSpec("file.new.title").withInitialFileName(messages.get("file.new.defaultName")))
                .ifPresent(target -> {
                    if (target.equals(file.get())) {
                        dialogs.showError(messages.get("file.new.title"), messages.get("file.new.sameFile"), List.of());
                        return;
                    }
                    switchTo(target, messages.get("task.creating"), () -> {
                        refuseOpenRegister(target);
                        deleteDatabase(target);
                        return opener.createEmpty(target);
                    });
                });
    }

    /** File > Open. */
    public void open() {
        if (mayLeave.getAsBoolean()) {
            dialogs.openFile(databaseSpec("file.open.title")).ifPresent(this::openChosen);
        }
    }

    /** File > Open Recent > a file. */
    public void openRecent(Path target) {
        if (!mayLeave.getAsBoolean()) {
            return;
        }
        if (!Files.isRegularFile(target)) {
            preferences.removeRecentFile(target);
            recentFiles.setAll(preferences.recentFiles());
            dialogs.showError(messages.get("file.open.title"), messages.format("file.open.missing", target), List.of());
            return;
        }
        openChosen(target);
    }

    private void openChosen(Path target) {
        if (!target.equals(file.get())) {
            switchTo(target, messages.get("task.opening"), () -> opener.open(target));
        }
    }

    /** File > Save As: a consistent copy of the database (SQLite backup), which then becomes the open file. */
    public void saveAs() {
        Path current = file.get();
        dialogs.saveFile(databaseSpec("file.saveAs.title")
                        .withInitialFileName(current == null ? null : current.getFileName().toString()))
                .ifPresent(target -> {
                    if (target.toAbsolutePath().equals(current == null ? null : current.toAbsolutePath())) {
                        return;
                    }
                    PortfolioConnection from = services.connection();
                    switchTo(target, messages.get("task.savingAs"), () -> {
                        refuseOpenRegister(target);
                        deleteDatabase(target);
                        from.backupTo(target);
                        return opener.open(target);
                    });
                });
    }

    /**
     * Refuses a target that is the open database, one of its working files or backups (also through
     * a link): replacing it would delete the register the window is working on.
     */
    private void refuseOpenRegister(Path target) {
        OutputTargets.of(services.connection().databaseFile()).check(target, OutputKind.DATABASE);
    }

    /**
     * Removes a database the user chose to replace, with its SQLite side files: a stale write-ahead
     * log next to a new database would be replayed into it.
     */
    private static void deleteDatabase(Path file) throws java.io.IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** What opening another database must do in the background. */
    @FunctionalInterface
    private interface Connect {
        PortfolioConnection connect() throws Exception;
    }

    private record Opened(PortfolioConnection connection, Portfolio portfolio) {
    }

    private void switchTo(Path target, String title, Connect connect) {
        switchTo(title, connect, opened -> {
        }, error -> {
            if (!refusals.showRefusal(error)) {
                dialogs.showError(messages.get("file.open.failed.title"), messages.format("file.open.failed", target),
                        List.of(messages.failure(error)));
            }
        });
    }

    private void switchTo(String title, Connect connect, java.util.function.Consumer<Opened> then,
                          java.util.function.Consumer<Throwable> failed) {
        executor.execute(BackgroundTask.of(title, progress -> {
            PortfolioConnection connection = connect.connect();
            try {
                return new Opened(connection, connection.portfolioService().portfolio());
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        }).onSuccess(opened -> {
            adopt(opened.connection(), opened.portfolio());
            then.accept(opened);
        }).onFailure(failed::accept));
    }

    /**
     * File > Connect to Team Database: the user fills host, port, database and user (and maybe a
     * password); the register opens in the background and the current one stays open if it fails.
     * Only a remembered connection's address (never its password) goes into the recent list.
     */
    public void connectTeam() {
        if (!mayLeave.getAsBoolean()) {
            return;
        }
        TeamConnectForm form = new TeamConnectForm();
        if (!dialogs.editTeamConnection(form) || form.problem().isPresent()) {
            return;
        }
        RegisterLocation chosen;
        try {
            chosen = RegisterLocation.parse(form.address(), environment);
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("team.connect.failed.title"), messages.get("team.connect.badAddress"),
                    List.of(messages.failure(e)));
            return;
        }
        RegisterLocation location = form.typedPassword().map(chosen::withPassword).orElse(chosen);
        form.passwordProperty().set("");
        connectTeam(location, form.rememberProperty().get(), false);
    }

    /** File > Recent Team Databases > an address, or {@code --db postgresql://...} at start-up. */
    public void openTeam(String address) {
        if (!mayLeave.getAsBoolean()) {
            return;
        }
        RegisterLocation location;
        try {
            location = RegisterLocation.parse(address, environment);
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("team.connect.failed.title"), messages.get("team.connect.badAddress"),
                    List.of(messages.failure(e)));
            return;
        }
        connectTeam(location, true, false);
    }

    /**
     * Opens a team register; when the server asks for a password that neither the address, PGPASSWORD
     * nor pgpass gave (or refuses the one given), the user is asked for it in a masked prompt.
     */
    void connectTeam(RegisterLocation location, boolean remember, boolean asked) {
        Path local = localFile;
        switchTo(messages.format("task.connecting", location), () -> opener.openTeam(location, local), opened -> {
            if (remember) {
                preferences.addRecentTeamDatabase(location.toString());
                recentTeams.setAll(preferences.recentTeamDatabases());
            }
        }, error -> {
            if (needsPassword(error)) {
                dialogs.askPassword(messages.get("team.password.title"), messages.format(asked ? "team.password.again"
                        : "team.password", location)).ifPresent(typed -> connectTeam(location.withPassword(typed), remember, true));
            } else if (!refusals.showRefusal(error)) {
                // The message names host, database and user (RegisterLocation never shows a password).
                dialogs.showError(messages.get("team.connect.failed.title"), messages.format("team.connect.failed", location),
                        List.of(messages.failure(error)));
            }
        });
    }

    /** Whether the server refused for want of a password (none given, or a wrong one): the user is asked for it. */
    static boolean needsPassword(Throwable error) {
        return Failures.needsPassword(error);
    }

    private void closeInBackground(PortfolioConnection connection) {
        executor.execute(BackgroundTask.of(messages.get("task.closing"), progress -> {
            connection.close();
            return Boolean.TRUE;
        }).onFailure(error -> {
            // The other database is closed by the operating system on exit; nothing the user can act on.
        }));
    }

    /** File > Import: JSON or CSV files through the import service, all or nothing, with every problem listed. */
    public void importFiles() {
        List<Path> files = dialogs.openFiles(FileSpec.of(messages.get("file.import.title"),
                FileType.of(messages.get("file.type.importable"), "*.json", "*.csv"),
                FileType.of(messages.get("file.type.json"), "*.json"),
                FileType.of(messages.get("file.type.csv"), "*.csv")));
        if (files.isEmpty()) {
            return;
        }
        runImport(files, ImportOptions.DEFAULT);
    }

    /**
     * Imports on a worker. An import that would take back revisions the register has of some deals
     * (an older export) is refused first; the user is asked, naming the deals, and only a yes imports
     * again with {@code takeBack}. Party or source ids the register has with other content are
     * listed side by side, and the user chooses to keep the register's versions or take the files'.
     */
    private void runImport(List<Path> files, ImportOptions options) {
        boolean takeBack = options.takeBack();
        executor.execute(BackgroundTask.of(messages.get("task.importing"), progress -> {
            ImportResult result = services.portfolio().importFiles(files, options);
            return new Imported(result, services.portfolio().portfolio());
        }).onSuccess(imported -> {
            workspace.setPortfolio(imported.portfolio());
            ImportResult r = imported.result();
            dialogs.showInfo(messages.get("file.import.done.title"), messages.format("file.import.done",
                    r.files().size(), r.dealsAdded(), r.dealsReplaced(), r.dealsUnchanged(), r.partiesAdded(), r.partiesReplaced(),
                    r.partiesUnchanged(), r.partiesKept(), r.sourcesAdded(), r.sourcesReplaced(), r.sourcesUnchanged(),
                    r.sourcesKept()) + (r.auditEntriesIgnored() == 0 ? ""
                    : "\n\n" + messages.format("file.import.auditIgnored", r.auditEntriesIgnored())));
        }).onFailure(error -> {
            if (error instanceof TakeBackException older && !takeBack) {
                if (dialogs.confirm(messages.get("file.import.takeBack.title"), messages.format("file.import.takeBack",
                        older.dealIds().size(), String.join(", ", older.dealIds())))) {
                    runImport(files, new ImportOptions(true, options.onlyNew(), options.clashes()));
                }
            } else if (error instanceof ImportClashException clash && options.clashes() == ImportOptions.Clashes.ASK) {
                askAboutClashes(clash).ifPresent(choice -> runImport(files, options.withClashes(choice)));
            } else if (error instanceof ValidationException invalid) {
                dialogs.showError(messages.get("file.import.refused.title"),
                        messages.format("file.import.refused", invalid.problems().size()),
                        invalid.problems().stream().map(new ProblemTexts(messages.texts())::describe).toList());
            } else {
                dialogs.showError(messages.get("file.import.failed.title"), messages.get("file.import.failed"),
                        List.of(messages.failure(error)));
            }
        }));
    }

    /** Both versions of every clashing id, and the user's choice between them (none: nothing is imported). */
    private Optional<ImportOptions.Clashes> askAboutClashes(ImportClashException clash) {
        StringBuilder text = new StringBuilder(messages.format("file.import.clashes", clash.clashes().size()));
        for (ImportClashException.Clash c : clash.clashes()) {
            text.append("\n\n").append(messages.format(c.party() ? "file.import.clash.party" : "file.import.clash.source",
                    c.id(), c.existing(), c.incoming()));
        }
        return dialogs.choose(messages.get("file.import.clashes.title"), text.toString(),
                // Last, so that closing the dialog (which picks the last button) imports nothing.
                List.of(ImportOptions.Clashes.KEEP_EXISTING, ImportOptions.Clashes.REPLACE, ImportOptions.Clashes.ASK),
                choice -> messages.get(switch (choice) {
                    case REPLACE -> "file.import.clashes.replace";
                    case KEEP_EXISTING -> "file.import.clashes.keep";
                    case ASK -> "file.import.clashes.cancel";
                })).filter(choice -> choice != ImportOptions.Clashes.ASK);
    }

    private record Imported(ImportResult result, Portfolio portfolio) {
    }

    /** Reads the whole portfolio again from the database. */
    public void reload() {
        executor.execute(BackgroundTask.of(messages.get("task.loading"), progress -> services.portfolio().portfolio())
                .onSuccess(workspace::setPortfolio));
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** What the title and status bar name: the open file's path, or the team database's address (no password). */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** The remembered team databases, most recent first. */
    public ObservableList<String> recentTeams() {
        return recentTeams;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }
}
