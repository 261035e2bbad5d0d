package com.computefolio.ui;

import com.computefolio.service.text.Digits;
import com.computefolio.service.text.Texts;
import com.computefolio.service.article.ArticleProposer;
import com.computefolio.ui.article.ArticleReviewViewModel;
import com.computefolio.ui.article.ArticleReviewWindow;
import com.computefolio.ui.common.TextMenus;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.deals.DealsView;
import com.computefolio.ui.deals.DealsViewModel;
import com.computefolio.ui.editor.DealEditorView;
import com.computefolio.ui.editor.DealEditorViewModel;
import com.computefolio.ui.editor.SavedChanges;
import com.computefolio.ui.common.UndoManager;
import com.computefolio.ui.filters.FiltersBar;
import com.computefolio.ui.filters.FiltersViewModel;
import com.computefolio.ui.filters.SavedViewsViewModel;
import com.computefolio.ui.prefs.LastBuyerMemory;
import com.computefolio.ui.prefs.Theme;
import com.computefolio.ui.prefs.WindowBounds;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menus, filters bar, the Deals | Charts | Timeline tabs (the deals tab with the
 * editor beside the table) and a status line. Builds the view models, binds the views, and
 * remembers theme, bounds, file and filters through the user preferences.
 */
public final class MainWindow implements WindowCommands {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** The preferences' name of the deals table's layout. */
    private static final String DEALS_TABLE = "deals";
    /** The User Guide's topics in order: the bundle keys of each title and its text. */
    private final Stage stage;
    private final WindowContext context;
    private final Messages messages;
    private final FiltersViewModel filters;
    private final SavedViewsViewModel savedViews;
    private final FiltersBar filtersBar;
    private final DealsView dealsView;
    private final DealEditorViewModel editor;
    private final PortfolioDocument document;
    private final UndoRouter undo;
    private final InspectorSplit split;
    private final MainMenu menu;
    private final TabPane tabs = new TabPane();
    private final Scene scene;
    private Theme theme;
    /** Shows the window anew in other texts (View > Language, View > Digits); set by whoever made the window. */
    private Consumer<Texts> showIn = texts -> { };

    /**
     * @param views extra tabs after Deals, by bundle key of their title (e.g. "view.charts"), in order
     */
    public MainWindow(Stage stage, WindowContext context, ExportActions exports, Map<String, Node> views) {
        this.stage = stage;
        this.context = context;
        this.messages = context.messages();
        var workspace = context.workspace();

        filters = new FiltersViewModel(workspace);
        filtersBar = new FiltersBar(filters, messages);
        DealsViewModel deals = new DealsViewModel(workspace, context.services().analysis(), context.executor(), messages);
        dealsView = new DealsView(deals, workspace.selectedDealIds(), messages);
        SavedChanges savedChanges = new SavedChanges(new UndoManager(), context.services().portfolio(), workspace,
                context.executor(), context.dialogs(), messages);
        editor = new DealEditorViewModel(workspace, context.services().portfolio(), context.executor(), context.dialogs(),
                savedChanges, context.links(), messages, context.clock());
        new SelectionFollower(workspace, editor, deals.selectionProperty(), () -> filters.asOfProperty().set(null));
        document = new PortfolioDocument(context.opener(), context.services(), workspace, context.executor(),
                context.dialogs(), context.preferences(), messages, editor::mayLeave);
        undo = new UndoRouter(editor.undoManager(), savedChanges.history(), messages);
        savedViews = new SavedViewsViewModel(filters, context.dialogs(), messages);
        document.fileProperty().addListener((obs, old, file) -> savedViews.open(file));
        savedViews.open(document.fileProperty().get());
        LastBuyerMemory.bind(context.preferences(), document.fileProperty(), editor.lastBuyerProperty());

        // The inspector is made once the first portfolio is there: its party lists are read when it is made.
        StackPane inspector = new StackPane();
        Runnable makeInspector = () -> inspector.getChildren().setAll(new DealEditorView(editor, messages));
        if (workspace.loadedProperty().get()) {
            makeInspector.run();
        } else {
            workspace.loadedProperty().addListener((obs, was, loaded) -> {
                if (loaded && inspector.getChildren().isEmpty()) {
                    makeInspector.run();
                }
            });
        }
        split = new InspectorSplit(dealsView, inspector, context.preferences());
        dealsView.applyTableLayout(context.preferences().tableLayout(DEALS_TABLE));
        savedViews.useColumns(() -> dealsView.tableLayout().visibleColumns(),
                columns -> dealsView.applyTableLayout(dealsView.tableLayout().showingOnly(columns)));
        // A view saved by the command line may group by what the Charts tab does not offer (year, none): that part is left.
        savedViews.useGrouping(workspace.chartGroupingProperty()::get, groupBy -> {
            if (com.computefolio.ui.charts.ChartsViewModel.GROUPINGS.contains(groupBy)) {
                workspace.chartGroupingProperty().set(groupBy);
            }
        });
        // Down or Enter in the search box goes to the results; Escape in the table comes back.
        filtersBar.searchField().addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (WindowKeys.intoTable(event)) {
                dealsView.focusTable();
                event.consume();
            }
        });
        dealsView.onEscape(filtersBar::focusSearch);
        tabs.setId("viewTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("view.deals", split));
        Map<String, Node> ordered = new LinkedHashMap<>(views);
        ordered.forEach((key, node) -> tabs.getTabs().add(tab(key, node)));

        menu = new MainMenu(this, exports, messages);
        BorderPane root = new BorderPane(tabs);
        root.setId("mainRoot");
        root.setTop(new VBox(menu.bar(), filtersBar));
        // Other windows', processes' and users' writes appear without a reload (docs/audit-and-live.md).
        LiveUpdates live = new LiveUpdates(context.services().portfolio(), workspace, context.executor(),
                javafx.application.Platform::runLater, messages);
        document.fileProperty().addListener((obs, old, file) -> live.watchOpenRegister());
        if (document.fileProperty().get() != null) {
            live.watchOpenRegister();
        }
        root.setBottom(new WindowStatusBar(context.executor(), document, live.noticeProperty(), messages));
        // Until the first database is open (it opens while the window already shows) there is nothing to edit or save.
        var notLoaded = workspace.loadedProperty().not();
        menu.bar().getMenus().stream().filter(m -> "menu.file".equals(m.getId()) || "menu.edit".equals(m.getId()))
                .forEach(m -> m.disableProperty().bind(notLoaded));

        WindowBounds bounds = context.preferences().windowBounds();
        // The scene gets its orientation while it holds an empty placeholder, and the window's root only then: a
        // change of a scene's orientation styles its whole root at once (Scene.nodeOrientation applies CSS), which with
        // the real root was a full CSS pass on the FX thread before the first frame, done again by the first pulse.
        scene = new Scene(new Group(), bounds.width(), bounds.height());
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/ui/app.css")).toExternalForm());
        // Arabic mirrors the whole window; the parts that must keep running left to right (a chart's time axis,
        // ids, addresses) say so themselves (ADR 0030).
        scene.setNodeOrientation(messages.texts().rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        scene.setRoot(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::routeUndoKeys);
        TextMenus.install(scene, messages);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        if (bounds.hasPosition()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::title,
                document.fileProperty(), document.locationProperty(), editor.dirtyProperty()));
        stage.setOnCloseRequest(event -> {
            if (!editor.mayLeave()) {
                event.consume();
            } else {
                remember();
            }
        });
        setTheme(context.preferences().theme());
        filters.load(context.preferences().lastFilter());
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(key);
        return tab;
    }

    private String title() {
        Path file = document.fileProperty().get();
        if (file == null) {
            return messages.get("app.name"); // the first database is still opening
        }
        PortfolioConnection open = context.services().connection();
        // A team register is named by its address (user@host:port/db) so the user sees which server they work on.
        String shown = open != null && open.team() ? messages.format("window.title.team", open.location())
                : file.getFileName().toString();
        return messages.format(editor.isDirty() ? "window.title.dirty" : "window.title", shown);
    }

    /**
     * Undo and redo go to the window's history even while a text field has the focus (a text
     * field would otherwise undo its own letters, out of step with the editor's history).
     */
    private void routeUndoKeys(KeyEvent event) {
        if (UNDO.match(event)) {
            undo.undo();
            event.consume();
        } else if (REDO.match(event) || WindowKeys.REDO_ALT.match(event)) {
            undo.redo();
            event.consume();
        }
    }

    public void show() {
        stage.show();
    }

    /** Writes theme, bounds, file and filters to the preferences (on close and quit). */
    void remember() {
        var prefs = context.preferences();
        prefs.setTheme(theme);
        if (!stage.isMaximized()) {
            prefs.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else {
            WindowBounds old = prefs.windowBounds();
            prefs.setWindowBounds(new WindowBounds(old.x(), old.y(), old.width(), old.height(), true));
        }
        prefs.setLastFilter(context.workspace().filter());
        prefs.setTableLayout(DEALS_TABLE, dealsView.tableLayout());
        split.remember(prefs);
        prefs.flush();
    }

    /** File > Quit: the same guard as closing the window. */
    @Override
    public void quit() {
        if (editor.mayLeave()) {
            remember();
            stage.close();
            javafx.application.Platform.exit();
        }
    }

    /** The review window over the register as it is now; Accept hands its deal to the inspector. */
    @Override
    public void newFromArticle() {
        ArticleReviewViewModel review = new ArticleReviewViewModel(context.workspace(), context.executor(), context.dialogs(),
                messages, context.clock(), new ArticleProposer()::propose, editor.lastBuyerProperty()::get, editor::openProposed);
        new ArticleReviewWindow(review, messages, stage, scene.getStylesheets()).show();
    }

    @Override
    public void setTheme(Theme newTheme) {
        theme = newTheme;
        Application.setUserAgentStylesheet(Objects.requireNonNull(getClass().getResource(newTheme.stylesheet())).toExternalForm());
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(newTheme == Theme.DARK ? "theme-dark" : "theme-light");
        context.preferences().setTheme(newTheme);
    }

    @Override
    public Theme theme() {
        return theme;
    }

    /** What View > Language and View > Digits do once the choice is remembered: build the window again in the new texts. */
    public void onTextsChosen(Consumer<Texts> show) {
        showIn = Objects.requireNonNull(show, "show");
    }

    @Override
    public Texts texts() {
        return messages.texts();
    }

    @Override
    public void chooseLanguage(Locale language) {
        // The window is made anew, so an unsaved edit gets the same question as closing the window.
        if (editor.mayLeave()) {
            context.preferences().setLanguage(language);
            remember();
            showIn.accept(Texts.choose(Optional.of(language), context.preferences().digits()));
        }
    }

    @Override
    public void chooseDigits(Digits digits) {
        if (editor.mayLeave()) {
            context.preferences().setDigits(digits);
            remember();
            showIn.accept(messages.texts().withDigits(digits));
        }
    }

    /** The index of the tab shown, so a window made anew can show the same one. */
    public int shownView() {
        return tabs.getSelectionModel().getSelectedIndex();
    }

    @Override
    public void showView(int index) {
        if (index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }

    @Override
    public void focusSearch() {
        filtersBar.focusSearch();
    }

    @Override
    public void about() {
        context.dialogs().showInfo(messages.get("about.title"), messages.format("about.message", version()));
    }

    @Override
    public void userGuide() {
        context.dialogs().showSheet(messages.get("guide.title"), messages.get("guide.intro"), UserGuide.rows(messages));
    }

    @Override
    public void shortcuts() {
        context.dialogs().showSheet(messages.get("shortcuts.title"), messages.get("shortcuts.intro"),
                ShortcutSheet.rows(menu.bar(), messages));
    }

    @Override
    public BooleanProperty inspectorShown() {
        return split.shownProperty();
    }

    private String version() {
        try (var in = getClass().getResourceAsStream("/computefolio-version.properties")) {
            var props = new java.util.Properties();
            if (in != null) {
                props.load(in);
            }
            return props.getProperty("version", "");
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Override
    public PortfolioDocument document() {
        return document;
    }

    /** The filters' view model, so the composition root can offer the user's own scenarios in its picker. */
    public FiltersViewModel filters() {
        return filters;
    }

    @Override
    public DealEditorViewModel editor() {
        return editor;
    }

    @Override
    public UndoRouter undo() {
        return undo;
    }

    @Override
    public SavedViewsViewModel savedViews() {
        return savedViews;
    }

    public WindowContext context() {
        return context;
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }
}
