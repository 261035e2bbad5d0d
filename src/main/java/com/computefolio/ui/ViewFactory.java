package com.computefolio.ui;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.ResourceBundle;
import javafx.scene.Node;

/**
 * Makes the node of one tab of the main window (Charts, Timeline) from the shared state and
 * services. {@link DesktopApp} supplies constructor references, so the window depends on no view.
 */
@FunctionalInterface
public interface ViewFactory {
    /** @param targets the files of the open register, which the view's exports may not write over */
    Node create(WorkspaceModel model, AnalysisService analysis, TaskExecutor executor, DialogService dialogs, ResourceBundle bundle,
                OutputTargets targets);
}
