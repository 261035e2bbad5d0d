package com.computefolio.ui;

import com.computefolio.domain.Deal;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealView;
import com.computefolio.ui.editor.DealEditorViewModel;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;

/**
 * Shows the selected deal in the editor. When the user selects another deal while the editor holds
 * unsaved changes and chooses to keep them, the selection goes back to the deal being edited. Each
 * new result of the table's search and filters tells the editor which deals are visible, so it
 * never shows a deal the table hides (nor one the as-of date had not yet heard of).
 */
final class SelectionFollower {
    private final WorkspaceModel workspace;
    private final DealEditorViewModel editor;
    private boolean restoring;

    /**
     * @param visible     the table's selection of deals under the filter, as last computed
     * @param backToToday clears the filter's "as known on" date (the editor's "Back to today")
     */
    SelectionFollower(WorkspaceModel workspace, DealEditorViewModel editor, ObservableValue<DealSelection> visible,
                      Runnable backToToday) {
        this.workspace = workspace;
        this.editor = editor;
        workspace.selectedDealIds().addListener((SetChangeListener<String>) change -> Platform.runLater(this::follow));
        visible.addListener((obs, old, selection) -> followVisible(selection));
        editor.onBackToToday(backToToday);
        followVisible(visible.getValue());
    }

    private void followVisible(DealSelection selection) {
        // One pass for the one deal asked about, not a set of every visible id per keystroke.
        editor.follow(selection.filter(), id -> selection.rows().stream().map(DealView::deal).anyMatch(d -> d.id().equals(id)),
                Set.copyOf(workspace.selectedDealIds()));
    }

    private void follow() {
        if (restoring || workspace.selectedDealIds().size() != 1) {
            return;
        }
        String id = workspace.selectedDealIds().iterator().next();
        Deal shown = editor.loadedProperty().get();
        if (shown != null && shown.id().equals(id)) {
            return;
        }
        Optional<Deal> deal = workspace.portfolio().deal(id);
        if (deal.isEmpty()) {
            return;
        }
        if (editor.mayLeave()) {
            editor.load(deal.get(), workspace.filter().asOf());
        } else if (shown != null) {
            restoring = true;
            try {
                workspace.selectedDealIds().clear();
                workspace.selectedDealIds().add(shown.id());
            } finally {
                restoring = false;
            }
        }
    }
}
