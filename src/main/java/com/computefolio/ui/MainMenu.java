package com.computefolio.ui;

import com.computefolio.service.text.Digits;
import com.computefolio.service.view.SavedView;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.MixedMenuText;
import com.computefolio.ui.filters.SavedViewsViewModel;
import com.computefolio.ui.prefs.Theme;
import java.nio.file.Path;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar, with mnemonics on every menu and item and shortcuts for the frequent commands. */
final class MainMenu {
    private final WindowCommands window;
    private final Messages messages;
    private final MenuBar bar = new MenuBar();
    /** Marks the radio item of the language or digits the window is shown in. */
    private static final String SHOWN = "computefolio.shown";

    MainMenu(WindowCommands window, ExportActions exports, Messages messages) {
        this.window = window;
        this.messages = messages;
        bar.setId("mainMenu");
        bar.getMenus().addAll(fileMenu(exports), editMenu(), viewMenu(), viewsMenu(), helpMenu());
    }

    MenuBar bar() {
        return bar;
    }

    private Menu fileMenu(ExportActions exports) {
        PortfolioDocument document = window.document();
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("menuRecent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path file : document.recentFiles()) {
                MenuItem item = new MenuItem(file.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> document.openRecent(file));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        document.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();

        Menu teams = new Menu(messages.get("menu.file.recentTeams"));
        teams.setId("menuRecentTeams");
        Runnable fillTeams = () -> {
            teams.getItems().clear();
            for (String address : document.recentTeams()) {
                MenuItem item = new MenuItem(address);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> document.openTeam(address));
                teams.getItems().add(item);
            }
            teams.setDisable(teams.getItems().isEmpty());
        };
        document.recentTeams().addListener((ListChangeListener<String>) c -> fillTeams.run());
        fillTeams.run();

        Menu export = new Menu(messages.get("menu.file.export"));
        export.getItems().addAll(
                exportItem("menu.file.export.chart", exports, ExportActions.Kind.CHART, exports::exportChart),
                exportItem("menu.file.export.report", exports, ExportActions.Kind.REPORT, exports::exportReport),
                new SeparatorMenuItem(),
                exportItem("menu.file.export.csv", exports, ExportActions.Kind.DEALS_CSV, exports::exportDealsCsv),
                exportItem("menu.file.export.xlsx", exports, ExportActions.Kind.DEALS_XLSX, exports::exportDealsXlsx),
                exportItem("menu.file.export.json", exports, ExportActions.Kind.JSON, exports::exportJson));

        return menu("menu.file",
                item("menu.file.new", "Shortcut+Shift+N", document::newPortfolio),
                item("menu.file.open", "Shortcut+O", document::open),
                recent,
                item("menu.file.connectTeam", null, document::connectTeam),
                teams,
                new SeparatorMenuItem(),
                item("menu.file.saveAs", "Shortcut+Shift+S", document::saveAs),
                new SeparatorMenuItem(),
                item("menu.file.import", "Shortcut+I", document::importFiles),
                item("menu.file.newFromArticle", "Shortcut+Shift+A", window::newFromArticle),
                export,
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", window::quit));
    }

    private MenuItem exportItem(String key, ExportActions exports, ExportActions.Kind kind, Runnable action) {
        MenuItem item = item(key, null, action);
        item.setDisable(!exports.supports(kind));
        return item;
    }

    private Menu editMenu() {
        UndoRouter undo = window.undo();
        MenuItem undoItem = item("menu.edit.undo", "Shortcut+Z", undo::undo);
        MixedMenuText.bind(undoItem, undo.undoText());
        undoItem.disableProperty().bind(undo.canUndo().not());
        MenuItem redoItem = item("menu.edit.redo", "Shortcut+Shift+Z", undo::redo);
        MixedMenuText.bind(redoItem, undo.redoText());
        redoItem.disableProperty().bind(undo.canRedo().not());
        var editor = window.editor();
        MenuItem save = item("menu.edit.save", "Shortcut+S", editor::save);
        save.disableProperty().bind(editor.canSaveProperty().not());
        MenuItem duplicate = item("menu.edit.duplicate", "Shortcut+D", editor::duplicate);
        duplicate.disableProperty().bind(editor.loadedProperty().isNull());
        MenuItem delete = item("menu.edit.delete", "Shortcut+DELETE", editor::delete);
        delete.disableProperty().bind(editor.loadedProperty().isNull());
        return menu("menu.edit", undoItem, redoItem, new SeparatorMenuItem(),
                item("menu.edit.newDeal", "Shortcut+N", editor::newDeal), duplicate, delete, save,
                new SeparatorMenuItem(), item("menu.edit.find", "Shortcut+F", window::focusSearch));
    }

    private Menu viewMenu() {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = themeItem("menu.view.light", Theme.LIGHT, themes);
        RadioMenuItem dark = themeItem("menu.view.dark", Theme.DARK, themes);
        return menu("menu.view",
                item("menu.view.deals", "Shortcut+1", () -> window.showView(0)),
                item("menu.view.charts", "Shortcut+2", () -> window.showView(1)),
                item("menu.view.timeline", "Shortcut+3", () -> window.showView(2)),
                item("menu.view.flows", "Shortcut+4", () -> window.showView(3)),
                new SeparatorMenuItem(), inspectorItem(), new SeparatorMenuItem(), light, dark,
                new SeparatorMenuItem(), languageMenu(), digitsMenu(),
                new SeparatorMenuItem(), item("menu.view.reload", "F5", window.document()::reload));
    }

    /** View > Language: each language named in itself, so a user lost in the other one still finds theirs. */
    private Menu languageMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = menu("menu.view.language",
                choice("menu.view.language.en", group, window.texts().locale().getLanguage().equals("en"),
                        () -> window.chooseLanguage(Locale.ENGLISH)),
                choice("menu.view.language.ar", group, window.texts().locale().getLanguage().equals("ar"),
                        () -> window.chooseLanguage(Locale.forLanguageTag("ar"))));
        return menu;
    }

    /** View > Digits: Western 0-9 or Arabic-Indic, for every number the window shows. */
    private Menu digitsMenu() {
        ToggleGroup group = new ToggleGroup();
        Digits shown = window.texts().digits();
        return menu("menu.view.digits",
                choice("menu.view.digits.western", group, shown == Digits.WESTERN, () -> window.chooseDigits(Digits.WESTERN)),
                choice("menu.view.digits.arabicIndic", group, shown == Digits.ARABIC_INDIC,
                        () -> window.chooseDigits(Digits.ARABIC_INDIC)));
    }

    private RadioMenuItem choice(String key, ToggleGroup group, boolean selected, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(messages.get(key));
        item.setId(key);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> {
            if (!selected) {
                // Shows the window anew in the choice; if the user keeps unsaved edits instead, the old choice stays ticked.
                javafx.scene.control.Toggle before = group.getToggles().stream()
                        .filter(t -> ((RadioMenuItem) t).getProperties().containsKey(SHOWN)).findFirst().orElse(null);
                action.run();
                group.selectToggle(before);
            }
        });
        if (selected) {
            item.getProperties().put(SHOWN, Boolean.TRUE);
        }
        return item;
    }

    /** Save the filters as a named view, apply one, or delete one (views.json beside the database). */
    private Menu viewsMenu() {
        SavedViewsViewModel views = window.savedViews();
        Menu menu = menu("menu.views");
        Menu delete = new Menu(messages.get("menu.views.delete"));
        delete.setId("menuViewsDelete");
        Runnable fill = () -> {
            menu.getItems().setAll(item("menu.views.save", null, views::saveCurrent), new SeparatorMenuItem());
            delete.getItems().clear();
            for (SavedView view : views.views()) {
                MenuItem apply = new MenuItem(view.name());
                apply.setMnemonicParsing(false);
                MixedMenuText.set(apply, view.name());
                apply.setOnAction(e -> views.apply(view));
                menu.getItems().add(apply);
                MenuItem remove = new MenuItem(view.name());
                remove.setMnemonicParsing(false);
                MixedMenuText.set(remove, view.name());
                remove.setOnAction(e -> views.delete(view));
                delete.getItems().add(remove);
            }
            delete.setDisable(delete.getItems().isEmpty());
            menu.getItems().addAll(new SeparatorMenuItem(), delete);
        };
        views.views().addListener((ListChangeListener<SavedView>) c -> fill.run());
        fill.run();
        return menu;
    }

    /** View > Inspector: folds the inspector beside the deals table away and back. */
    private CheckMenuItem inspectorItem() {
        CheckMenuItem item = new CheckMenuItem(messages.get("menu.view.inspector"));
        item.setId("menu.view.inspector");
        item.setAccelerator(KeyCombination.keyCombination("F9"));
        item.selectedProperty().bindBidirectional(window.inspectorShown());
        return item;
    }

    private RadioMenuItem themeItem(String key, Theme theme, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(messages.get(key));
        item.setToggleGroup(group);
        item.setSelected(window.theme() == theme);
        item.setOnAction(e -> window.setTheme(theme));
        return item;
    }

    private Menu helpMenu() {
        return menu("menu.help", item("menu.help.guide", "F1", window::userGuide),
                item("menu.help.shortcuts", "Shortcut+Slash", window::shortcuts),
                new SeparatorMenuItem(), item("menu.help.about", null, window::about));
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(messages.get(key));
        menu.setId(key);
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
