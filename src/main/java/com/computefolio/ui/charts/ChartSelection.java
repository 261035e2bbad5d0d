package com.computefolio.ui.charts;

import com.computefolio.ui.state.WorkspaceModel;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;
import org.jfree.chart.entity.XYItemEntity;

/**
 * The deals a click on a chart selected, as the chart shows it: the clicked item (which the view
 * outlines) and a note saying what was selected. Both go once the workspace's selection is no
 * longer what the click selected (the user picked other deals in the table), so the chart never
 * marks a selection that is not there.
 */
final class ChartSelection {
    private final WorkspaceModel workspace;
    private final ReadOnlyObjectWrapper<XYItemEntity> marked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private Set<String> selected = Set.of();
    private boolean selecting;

    ChartSelection(WorkspaceModel workspace) {
        this.workspace = workspace;
        workspace.selectedDealIds().addListener((SetChangeListener<String>) change -> {
            if (!selecting && !selected.isEmpty() && !workspace.selectedDealIds().equals(selected)) {
                clear();
            }
        });
    }

    /** Selects the deals in every view, and marks the item with its note. */
    void selectAndNote(List<String> ids, XYItemEntity item, String text) {
        selecting = true;
        try {
            if (!workspace.selectedDealIds().equals(Set.copyOf(ids))) {
                workspace.selectedDealIds().clear();
                workspace.selectedDealIds().addAll(ids);
            }
        } finally {
            selecting = false;
        }
        selected = Set.copyOf(ids);
        marked.set(item);
        note.set(text);
    }

    void clear() {
        selected = Set.of();
        marked.set(null);
        note.set("");
    }

    ReadOnlyObjectProperty<XYItemEntity> markedProperty() {
        return marked.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
