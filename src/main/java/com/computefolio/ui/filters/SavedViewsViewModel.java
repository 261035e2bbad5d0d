package com.computefolio.ui.filters;

import com.computefolio.service.GroupBy;
import com.computefolio.service.scenario.ScenarioFile;
import com.computefolio.service.scenario.ScenarioFileException;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.view.SavedView;
import com.computefolio.service.view.ViewFile;
import com.computefolio.service.view.ViewFileException;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's saved views (issue 14, ADR 22): named sets of filters with their scenario, kept in
 * {@code views.json} beside the open database, the file the command line's {@code --view} reads.
 * Save current asks for a name; apply loads a view into the filters bar; delete asks first. The
 * file is a handful of lines, so it is read and written where the user asks (as the preferences).
 */
public final class SavedViewsViewModel {
    private final FiltersViewModel filters;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private ViewFile file;
    private Scenarios known = Scenarios.builtIn();
    private Supplier<List<String>> visibleColumns = List::of;
    private Consumer<List<String>> showColumns = columns -> { };
    private Supplier<GroupBy> grouping = () -> null;
    private Consumer<GroupBy> showGrouping = groupBy -> { };

    public SavedViewsViewModel(FiltersViewModel filters, DialogService dialogs, Messages messages) {
        this.filters = filters;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /**
     * Where a view's deals-table columns come from when saved and go when applied (the window's
     * table; nothing until it is given, as in tests of the filters alone).
     */
    public void useColumns(Supplier<List<String>> visible, Consumer<List<String>> show) {
        this.visibleColumns = visible;
        this.showColumns = show;
    }

    /**
     * Where a view's grouping comes from when saved (the Charts tab's) and goes when applied; a view
     * that names none leaves the charts as they are.
     */
    public void useGrouping(Supplier<GroupBy> current, Consumer<GroupBy> show) {
        this.grouping = current;
        this.showGrouping = show;
    }

    /** The views of the database now open (none before one is). */
    public void open(Path database) {
        file = database == null ? null : ViewFile.besideDatabase(database);
        try {
            known = database == null ? Scenarios.builtIn() : ScenarioFile.besideDatabase(database).load();
        } catch (ScenarioFileException e) {
            known = Scenarios.builtIn();
        }
        reload();
    }

    /** The saved views, in the file's order. */
    public ObservableList<SavedView> views() {
        return views;
    }

    /** Saves the filters as they are under a name the user gives; one of that name is replaced. */
    public void saveCurrent() {
        if (file == null) {
            return;
        }
        dialogs.askText(messages.get("views.save.title"), messages.get("views.save.prompt"), "").ifPresent(name -> {
            try {
                file.save(new SavedView(name, filters.toFilter(), grouping.get(), visibleColumns.get()));
                reload();
            } catch (IllegalArgumentException | ViewFileException e) {
                dialogs.showError(messages.get("views.error.title"), messages.get("views.error.save"), List.of(messages.failure(e)));
            }
        });
    }

    /** Shows the view's filters and scenario in the bar, and so in every view; and its columns and grouping, if it names them. */
    public void apply(SavedView view) {
        filters.load(view.filter());
        if (!view.columns().isEmpty()) {
            showColumns.accept(view.columns());
        }
        if (view.groupBy() != null) {
            showGrouping.accept(view.groupBy());
        }
    }

    /** Deletes the view after the user confirms. */
    public void delete(SavedView view) {
        if (file == null || !dialogs.confirm(messages.get("views.delete.title"), messages.format("views.delete.confirm", view.name()))) {
            return;
        }
        try {
            file.delete(view.name());
        } catch (ViewFileException e) {
            dialogs.showError(messages.get("views.error.title"), messages.get("views.error.save"), List.of(messages.failure(e)));
        }
        reload();
    }

    private void reload() {
        if (file == null) {
            views.clear();
            return;
        }
        try {
            views.setAll(file.load(known));
        } catch (ViewFileException e) {
            views.clear();
            dialogs.showError(messages.get("views.error.title"), messages.get("views.error.read"), List.of(messages.failure(e)));
        }
    }
}
