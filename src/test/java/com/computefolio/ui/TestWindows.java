package com.computefolio.ui;

import com.computefolio.app.ExportServices;
import com.computefolio.ui.deals.DealRow;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.output.OutputTargets;
import com.computefolio.ui.common.FxTaskExecutor;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.prefs.UserPreferences;
import com.computefolio.ui.prefs.WindowBounds;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.MemoryPreferences;
import com.computefolio.ui.support.ScriptedDialogs;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The real main window over an open register, wired as the application wires it but with scripted dialogs and
 * preferences in memory: what every headless window test starts from.
 */
final class TestWindows {

    private TestWindows() {
    }

    /** What a test drives: the shown window and the pieces behind it. */
    record Opened(MainWindow window, WindowContext context, ScriptedDialogs dialogs, FxTaskExecutor executor) {
        WorkspaceModel workspace() {
            return context.workspace();
        }
    }

    /**
     * Opens and shows the window on {@code stage}.
     *
     * @param bounds where the window goes (it must fit Monocle's headless screen to be painted)
     * @param views  the tabs besides Deals, made from the window's context
     */
    static Opened open(Stage stage, PortfolioConnection connection, WindowBounds bounds,
                       Function<WindowContext, Map<String, Node>> views) {
        return open(stage, connection, bounds, views, Messages.english());
    }

    /** As {@link #open(Stage, PortfolioConnection, WindowBounds, Function)}, in the language of these messages (Arabic tests). */
    static Opened open(Stage stage, PortfolioConnection connection, WindowBounds bounds,
                       Function<WindowContext, Map<String, Node>> views, Messages messages) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        FxTaskExecutor executor = new FxTaskExecutor(error -> dialogs.showError("unexpected", String.valueOf(error), List.of()));
        WorkspaceModel workspace = new WorkspaceModel();
        workspace.setPortfolio(connection.portfolioService().portfolio());
        UserPreferences preferences = new UserPreferences(new MemoryPreferences());
        preferences.setWindowBounds(bounds);
        WindowContext context = new WindowContext(workspace, new CurrentServices(connection), new AppContextOpener(), executor,
                dialogs, preferences, messages, url -> { }, Clock.systemDefaultZone());
        MainWindow window = window(stage, context, views.apply(context));
        window.show();
        return new Opened(window, context, dialogs, executor);
    }

    /** A main window (not yet shown) of the given context, with these tabs besides Deals. */
    static MainWindow window(Stage stage, WindowContext context, Map<String, Node> views) {
        OutputTargets targets = OutputTargets.following(() -> context.services().connection().databaseFile());
        return new MainWindow(stage, context, new FullExportActions(() -> ExportServices.create(context.services().analysis(),
                targets, Clock.systemDefaultZone(), new ChartText(context.messages().texts())), Optional::empty, context.workspace(), context.executor(), context.dialogs(),
                context.messages()), views);
    }

    /** The main window's deals table, as the window tests read it. */
    @SuppressWarnings("unchecked")
    static TableView<DealRow> dealsTable(FxRobot robot) {
        return robot.lookup("#dealsTable").queryAs(TableView.class);
    }

    /** The text of the label the query finds. */
    static String labelText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
