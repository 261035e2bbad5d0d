package com.computefolio.ui.deals;

import com.computefolio.ui.common.Messages;
import com.computefolio.ui.format.DisplayFormats;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;
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

    public DealsView(DealsViewModel model, ObservableSet<String> sharedSelection, Messages messages) {
        this.model = model;
        this.sharedSelection = sharedSelection;
        DisplayFormats formats = new DisplayFormats(messages);
        table = new DealsTable(messages, formats);
        SortedList<DealRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        setCenter(table);
        setBottom(new DealsStatusBar(model, messages, formats));

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
        // Replacing the rows clears the table's selection; put the shared one back.
        model.rows().addListener((ListChangeListener<DealRow>) c -> selectFromWorkspace());
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

    public TableView<DealRow> table() {
        return table;
    }

    public DealsViewModel model() {
        return model;
    }
}
