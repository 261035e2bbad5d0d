package com.computefolio.ui.deals;

import com.computefolio.ui.charts.ChartViewParts;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.format.DisplayFormats;
import com.computefolio.ui.prefs.TableLayout;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * The table of deals with its status bar. Binds a {@link DealsViewModel}; keeps the table's
 * selection and the workspace's selected deals in step both ways (a chart can select deals too).
 */
public final class DealsView extends BorderPane {
    private final DealsViewModel model;
    private final DealsTable table;
    private final ObservableSet<String> sharedSelection;
    private boolean syncing;
    /** True while prepared rows are swapped in: the table's sort order is put back, not asked for again. */
    private boolean swapping;

    public DealsView(DealsViewModel model, ObservableSet<String> sharedSelection, Messages messages) {
        this.model = model;
        this.sharedSelection = sharedSelection;
        DisplayFormats formats = new DisplayFormats(messages);
        table = new DealsTable(messages, formats);
        // The model sorts (on a worker when large) and the table shows its prepared list as it is:
        // a click on a header asks the model for the new order instead of sorting 100,000 rows here.
        table.setSortPolicy(t -> {
            if (!swapping) {
                // Asked after the sort order's change is through: new rows swapped in while the table is
                // still telling its listeners about that change would change its sort order under them.
                Platform.runLater(() -> model.setOrder(table.order()));
            }
            return true;
        });
        model.setOrder(table.order());
        showRows(model.tableRowsProperty().get());
        model.tableRowsProperty().addListener((obs, old, rows) -> showRows(rows));
        setCenter(table);
        setBottom(new DealsStatusBar(model, messages, formats));
        // Until the first rows arrive the table says it is loading, not that no deal matches.
        Label loading = new Label(messages.get("deals.loading"));
        Label empty = (Label) table.getPlaceholder();
        table.placeholderProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then((javafx.scene.Node) loading).otherwise(empty));

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DealRow>) c -> {
            if (!syncing) {
                syncing = true;
                try {
                    model.selectDeals(table.getSelectionModel().getSelectedItems().stream()
                            .filter(java.util.Objects::nonNull).map(DealRow::id).toList());
                } finally {
                    syncing = false;
                }
            }
        });
        sharedSelection.addListener((SetChangeListener<String>) c -> selectFromWorkspace());
        // Hidden behind another tab, the table stops selecting; a view not (yet) in a window keeps working.
        ChartViewParts.activeWhileShowing(this, showing -> model.setActive(showing || getScene() == null));
    }

    /**
     * Swaps in the model's prepared rows and selects the shared selection again at the positions the
     * worker found; only when the selection changed meanwhile are the rows searched here.
     */
    private void showRows(TableRows rows) {
        boolean sameSelection = Set.copyOf(sharedSelection).equals(rows.selectedIds());
        List<TableColumn<DealRow, ?>> sortOrder = List.copyOf(table.getSortOrder());
        syncing = true;
        swapping = true;
        try {
            // Replacing the items clears the table's selection; that is not the user's choice to share.
            table.setItems(rows.items());
            // A table given items that are not a SortedList clears its sort order (JavaFX's fix for RT-35763);
            // the rows are already in that order, so it is put back as it was, without sorting again.
            table.getSortOrder().setAll(sortOrder);
            int[] positions = rows.selectedPositions();
            if (sameSelection && positions.length > 0) {
                table.getSelectionModel().selectIndices(positions[0], java.util.Arrays.copyOfRange(positions, 1, positions.length));
                table.scrollTo(positions[0]);
            }
        } finally {
            swapping = false;
            syncing = false;
        }
        if (!sameSelection) {
            selectFromWorkspace();
        }
    }

    private void selectFromWorkspace() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            Set<String> wanted = Set.copyOf(sharedSelection);
            List<DealRow> current = table.getSelectionModel().getSelectedItems();
            if (current.size() == wanted.size() && current.stream().allMatch(r -> r != null && wanted.contains(r.id()))) {
                return;
            }
            table.getSelectionModel().clearSelection();
            int first = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (wanted.contains(table.getItems().get(i).id())) {
                    table.getSelectionModel().select(i);
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                table.scrollTo(first);
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Moves the focus into the table (Down or Enter in the search box): the first row is selected
     * when none is, so the next Down moves down the list.
     */
    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        int row = table.getSelectionModel().getSelectedIndex();
        if (row >= 0) {
            table.getFocusModel().focus(row);
        }
    }

    /** What Escape in the table does (back to the search box); an edit in a cell keeps its own Escape. */
    public void onEscape(Runnable action) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && table.getEditingCell() == null) {
                action.run();
                event.consume();
            }
        });
    }

    /** The columns' order, widths and visibility and the sort, as the user left them. */
    public TableLayout tableLayout() {
        return ColumnLayouts.read(table, table.titleColumn());
    }

    public void applyTableLayout(TableLayout layout) {
        ColumnLayouts.apply(table, layout);
    }

    public TableView<DealRow> table() {
        return table;
    }

    public DealsViewModel model() {
        return model;
    }
}
