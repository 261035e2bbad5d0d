package com.computefolio.ui;

import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.LinkOpener;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.prefs.UserPreferences;
import com.computefolio.ui.state.WorkspaceModel;
import java.time.Clock;

/** What the main window is built from; made once by {@link DesktopApp} (or a test). */
public record WindowContext(WorkspaceModel workspace, CurrentServices services, PortfolioOpener opener, TaskExecutor executor,
                            DialogService dialogs, UserPreferences preferences, Messages messages, LinkOpener links, Clock clock) {
}
