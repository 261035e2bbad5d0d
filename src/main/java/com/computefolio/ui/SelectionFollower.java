package com.computefolio.ui;

import com.computefolio.domain.Deal;
import com.computefolio.ui.editor.DealEditorViewModel;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;

/**
 * Shows the selected deal in the editor. When the user selects another deal while the editor holds
 * unsaved changes and chooses to keep them, the selection goes back to the deal being edited.
 */
final class SelectionFollower {
    private final WorkspaceModel workspace;
    private final DealEditorViewModel editor;
    private boolean restoring;

    SelectionFollower(WorkspaceModel workspace, DealEditorViewModel editor) {
        this.workspace = workspace;
        this.editor = editor;
        workspace.selectedDealIds().addListener((SetChangeListener<String>) change -> Platform.runLater(this::follow));
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
