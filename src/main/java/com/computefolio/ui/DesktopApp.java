package com.computefolio.ui;

import com.computefolio.app.AppPaths;
import com.computefolio.app.DatabaseAddressException;
import com.computefolio.app.ExportServices;
import com.computefolio.domain.Portfolio;
import com.computefolio.app.RegisterLocation;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.service.text.Texts;
import com.computefolio.ui.charts.ChartToolkit;
import com.computefolio.ui.charts.ChartViewParts;
import com.computefolio.ui.charts.ChartsView;
import com.computefolio.ui.compare.CompareView;
import com.computefolio.ui.compare.CompareViewModel;
import com.computefolio.ui.compare.OwnScenarios;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DatePickers;
import com.computefolio.ui.common.ExportFolders;
import com.computefolio.ui.common.FxDialogService;
import com.computefolio.ui.common.FxTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.prefs.UserPreferences;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.flows.FlowsView;
import com.computefolio.ui.timeline.TimelineView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop application: shows the main window at once and opens the database off the FX thread,
 * filling the window when the portfolio arrives. The one place where the window's parts are wired together.
 *
 * <p>Not final for one reason: the benchmark harness (src/test/java/com/computefolio/ui/bench, docs/benchmarks.md)
 * starts a subclass that watches the shown window, so the product itself carries no benchmark code.
 */
public class DesktopApp extends Application {
    private FxTaskExecutor executor;
    private CurrentServices services;
    private UserPreferences preferences;
    private PortfolioOpener opener;
    private ShownWindow shown;

    /**
     * Starts the window; {@code args} may hold {@code --db FILE}. Returns when the window closes. The
     * database starts opening first, while JavaFX starts ({@link EarlyOpen}).
     */
    public static void launch(String... args) {
        openEarly(args);
        Application.launch(DesktopApp.class, args);
    }

    /** Begins opening the register these arguments choose, for {@link #start} to take (also the benchmark harness's). */
    protected static void openEarly(String... args) {
        if (teamAddress(args).isPresent()) {
            return; // a team register may need the window's password prompt: it opens once the window shows
        }
        EarlyOpen.begin(() -> chooseDatabase(args, new UserPreferences(UserPreferences.userNode())), new AppContextOpener());
    }

    @Override
    public void start(Stage stage) {
        preferences = new UserPreferences(UserPreferences.userNode());
        String[] args = getParameters().getRaw().toArray(String[]::new);
        // The one choice of language for the whole window: its messages, its charts and its exports. --lang wins for
        // this run; else the language chosen in View > Language; else the system's.
        Texts texts = Texts.choose(WindowArguments.language(args).or(preferences::language), preferences.digits());
        WindowFonts.load();
        Application.setUserAgentStylesheet(Objects.requireNonNull(
                getClass().getResource(preferences.theme().stylesheet())).toExternalForm());
        // The executor outlives a window made anew in another language: its errors go to whichever window shows.
        executor = new FxTaskExecutor(error -> shown.dialogs().showError(shown.messages().get("error.unexpected.title"),
                shown.messages().get("error.unexpected"), List.of(shown.messages().failure(error))));
        Optional<String> team = teamAddress(args);
        Path database = team.isPresent() ? null : chooseDatabase(args, preferences);
        opener = new AppContextOpener();
        services = new CurrentServices(null);
        show(stage, texts);

        if (team.isPresent()) {
            openTeam(team.get(), false);
            return;
        }
        Optional<CompletableFuture<EarlyOpen.Opened>> early = EarlyOpen.take(database);
        executor.execute(BackgroundTask.of(shown.messages().get("task.opening"), progress -> {
            if (early.isPresent()) {
                return early.get().join();
            }
            PortfolioConnection connection = opener.open(database);
            return new EarlyOpen.Opened(connection, connection.portfolioService().portfolio());
        }).onSuccess(opened -> shown.opened(opened.connection(), opened.portfolio())).onFailure(error -> {
            // An early open fails wrapped: the message is the cause's, as when the task opened the file itself.
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            shown.dialogs().showError(shown.messages().get("error.open.title"), shown.messages().format("error.open", database),
                    List.of(shown.messages().failure(cause)));
            Platform.exit();
        }));
    }

    /**
     * Builds the whole window in these texts and shows it on the stage. View > Language and View > Digits call it
     * again: the open register, the filters and table layout (through the preferences) and the shown tab carry over,
     * and the previous window's parts are left to the garbage collector with their own workspace. (A dialog asking
     * to restart would have been simpler; a window made anew is what a user switching to check a translation wants.)
     */
    private void show(Stage stage, Texts texts) {
        // Before any control is made: the date pickers' calendars read the default format locale (see DatePickers).
        DatePickers.useLanguage(texts);
        Messages messages = new Messages(texts);
        FxDialogService dialogs = new FxDialogService(stage, messages, new ExportFolders(preferences::lastExportFolder,
                preferences::setLastExportFolder, Path.of(System.getProperty("user.home"))), new DesktopFileOpener(getHostServices()));
        // The window shows at once, frame, menus and an empty table that says it is loading; the database
        // opens on a worker and fills it. (Building the window only once the register was read left a
        // busy machine with nothing on screen for seconds, then a splash, then the window.)
        WorkspaceModel workspace = new WorkspaceModel();
        WindowContext context = new WindowContext(workspace, services, opener, executor, dialogs, preferences, messages,
                url -> getHostServices().showDocument(url), Clock.systemDefaultZone());
        // The user's own scenarios beside the open register, read again whenever it is reopened (ADR 17).
        OwnScenarios own = new OwnScenarios(workspace, () -> services.connection().databaseFile(), executor, messages);
        Map<String, Node> views = views(context, texts, own);
        // The targets follow File > Open: an export never lands on whichever register is open then.
        ExportActions exports = new FullExportActions(() -> ExportServices.create(services.analysis(),
                OutputTargets.following(() -> services.connection().databaseFile()), Clock.systemDefaultZone(),
                new ChartText(texts)),
                shownChart(views), workspace, executor, dialogs, messages);
        MainWindow window = new MainWindow(stage, context, exports, views);
        own.follow(window.filters()::offerScenarios);
        ShownWindow previous = shown;
        shown = new ShownWindow(window, dialogs, messages, own);
        window.onTextsChosen(chosen -> showAgain(stage, chosen));
        window.show();
        windowShown(window.scene());
        if (previous != null && services.connection() != null) {
            shown.opened(services.connection(), previous.window().context().workspace().portfolio());
            window.showView(previous.window().shownView());
        }
    }

    private void showAgain(Stage stage, Texts texts) {
        show(stage, texts);
    }

    /** The team database that {@code --db} (or COMPUTEFOLIO_DB) names by address, if it names one. */
    static Optional<String> teamAddress(String[] args) {
        Optional<String> given = AppPaths.dbArgument(args).or(() -> Optional.ofNullable(System.getenv(AppPaths.DB_ENV)))
                .filter(text -> !text.isBlank());
        return given.filter(RegisterLocation::isAddress);
    }

    /**
     * Opens the team register named at start-up on a worker; when the server wants a password nothing
     * supplied, the user is asked in a masked prompt. A failure (or a cancelled prompt) ends the
     * window as a file that cannot be opened does: there is no register to show.
     */
    private void openTeam(String address, boolean asked) {
        FxDialogService dialogs = shown.dialogs();
        Messages messages = shown.messages();
        AppPaths paths = AppPaths.ofThisMachine();
        RegisterLocation location;
        try {
            location = paths.location(address);
        } catch (DatabaseAddressException e) {
            dialogs.showError(messages.get("team.connect.failed.title"), messages.get("team.connect.badAddress"),
                    List.of(messages.failure(e)));
            Platform.exit();
            return;
        }
        openTeam(location, asked);
    }

    private void openTeam(RegisterLocation location, boolean asked) {
        FxDialogService dialogs = shown.dialogs();
        Messages messages = shown.messages();
        Path local = AppPaths.ofThisMachine().defaultDatabase();
        executor.execute(BackgroundTask.of(messages.format("task.connecting", location), progress -> {
            PortfolioConnection connection = opener.openTeam(location, local);
            try {
                return new EarlyOpen.Opened(connection, connection.portfolioService().portfolio());
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        }).onSuccess(opened -> shown.opened(opened.connection(), opened.portfolio())).onFailure(error -> {
            if (PortfolioDocument.needsPassword(error)) {
                Optional<String> typed = dialogs.askPassword(messages.get("team.password.title"),
                        messages.format(asked ? "team.password.again" : "team.password", location));
                if (typed.isPresent()) {
                    openTeam(location.withPassword(typed.get()), true);
                    return;
                }
            } else {
                dialogs.showError(messages.get("team.connect.failed.title"), messages.format("team.connect.failed.start", location),
                        List.of(messages.failure(error)));
            }
            Platform.exit();
        }));
    }

    /** Called on the FX thread right after the main window is shown; does nothing here. */
    protected void windowShown(Scene scene) {
    }

    /** The window on screen and what its messages and dialogs are, for the tasks that outlive a window made anew. */
    private record ShownWindow(MainWindow window, FxDialogService dialogs, Messages messages, OwnScenarios own) {
        void opened(PortfolioConnection connection, Portfolio portfolio) {
            window.document().opened(connection, portfolio);
            own.refreshOnChange(window.document().fileProperty());
            own.refresh();
        }
    }

    /** The Charts, Timeline and Flows tabs, made by their own views from the shared state. */
    static Map<String, Node> views(WindowContext context, Texts texts) {
        return views(context, texts, new OwnScenarios(context.workspace(), () -> context.services().connection().databaseFile(),
                context.executor(), context.messages()));
    }

    private static Map<String, Node> views(WindowContext context, Texts texts, OwnScenarios own) {
        ChartText chartText = new ChartText(texts);
        // Each view makes its chart services when first shown: loading the chart fonts is not free.
        Map<String, ViewFactory> factories = new LinkedHashMap<>();
        factories.put("view.charts", (workspace, analysis, executor, dialogs, bundle, targets) -> new ChartsView(workspace,
                analysis, ChartToolkit.create(analysis, targets, chartText), executor, dialogs, bundle));
        factories.put("view.timeline", (workspace, analysis, executor, dialogs, bundle, targets) -> new TimelineView(workspace,
                analysis, ChartToolkit.create(analysis, targets, chartText), executor, dialogs, bundle));
        factories.put("view.compare", (workspace, analysis, executor, dialogs, bundle, targets) -> {
            CompareViewModel compare = new CompareViewModel(workspace, analysis, ChartToolkit.create(analysis, targets, chartText),
                    executor, dialogs, ChartViewParts.systemClipboard(), context.messages(), bundle);
            own.follow(compare::compare);
            own.followProblems(compare::setScenarioProblem);
            return new CompareView(compare, context.messages(), bundle);
        });
        factories.put("view.flows", (workspace, analysis, executor, dialogs, bundle, targets) -> new FlowsView(workspace,
                analysis, executor, bundle));
        Map<String, Node> views = new LinkedHashMap<>();
        OutputTargets targets = OutputTargets.following(() -> context.services().connection().databaseFile());
        factories.forEach((key, factory) -> views.put(key, new LazyView(() -> factory.create(context.workspace(),
                context.services().analysis(), context.executor(), context.dialogs(), texts.charts(), targets))));
        return views;
    }

    /** What File > Export chart draws: the chart on screen in the Charts tab, once it has drawn one. */
    private static Supplier<Optional<ChartModel>> shownChart(Map<String, Node> views) {
        if (views.get("view.charts") instanceof LazyView lazy) {
            return () -> lazy.content().filter(ChartsView.class::isInstance).map(ChartsView.class::cast)
                    .map(charts -> charts.viewModel().state().exportModel());
        }
        return Optional::empty;
    }

    /**
     * {@code --db FILE} wins, then COMPUTEFOLIO_DB; without either, the file open when the window
     * last closed (if it still exists), else the per-user default.
     */
    static Path chooseDatabase(String[] args, UserPreferences preferences) {
        AppPaths paths = AppPaths.ofThisMachine();
        String fromEnv = System.getenv(AppPaths.DB_ENV);
        Path last = preferences.lastFile();
        if (AppPaths.dbArgument(args).isEmpty() && (fromEnv == null || fromEnv.isBlank()) && last != null && Files.isRegularFile(last)) {
            return last;
        }
        return paths.databaseFor(args);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (services != null && services.connection() != null) {
            services.connection().close();
        }
    }
}
