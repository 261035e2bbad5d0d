package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealKind;
import com.computefolio.service.text.Texts;
import com.computefolio.ui.deals.DealRow;
import com.computefolio.ui.prefs.WindowBounds;
import com.computefolio.ui.state.WorkspaceModel;
import com.computefolio.ui.support.ClippedControls;
import com.computefolio.ui.support.ScriptedDialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window with every tab, headless, from 1024x700 up: nothing cut off, the keyboard path
 * between search and table, filter menus that stay open, the remembered table, the exact totals and
 * the shortcut sheet. Seeded with the curated OpenAI deals.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutFxTest {
    @RegisterExtension
    static final SeededWindows REGISTER = new SeededWindows("layout-test.db");

    private WorkspaceModel workspace;
    private WindowContext context;
    private ScriptedDialogs dialogs;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindows.Opened opened = REGISTER.open(stage, new WindowBounds(0, 0, 1024, 700, false),
                c -> DesktopApp.views(c, Texts.english()));
        dialogs = opened.dialogs();
        workspace = opened.workspace();
        context = opened.context();
        window = opened.window();
    }

    /** A main window with the same tabs as the application's. */
    private static MainWindow window(Stage stage, WindowContext context) {
        return TestWindows.window(stage, context, DesktopApp.views(context, Texts.english()));
    }

    @SuppressWarnings("unchecked")
    private static TableView<DealRow> table(Node root) {
        return (TableView<DealRow>) root.lookup("#dealsTable");
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void noControlIsCutOffOnAnyTabAt1024x700NorAfterGrowingTo1920x1080AndBack(FxRobot robot) {
        TabPane tabs = robot.lookup("#viewTabs").queryAs(TabPane.class);
        double[][] sizes = {{1024, 700}, {1920, 1080}, {1024, 700}};
        for (double[] size : sizes) {
            resize(robot, size[0], size[1]);
            for (int i = 0; i < tabs.getTabs().size(); i++) {
                int index = i;
                robot.interact(() -> tabs.getSelectionModel().select(index));
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(window.scene().getWidth()).isEqualTo(size[0]);
                assertThat(ClippedControls.in(window.scene()))
                        .as("%s at %.0fx%.0f", tabs.getTabs().get(i).getText(), size[0], size[1]).isEmpty();
            }
        }
    }

    @Test
    void downFromTheSearchBoxMovesIntoTheTableAndEscapeComesBack(FxRobot robot) {
        robot.clickOn("#searchField").write("coreweave gpu");
        TableView<DealRow> table = table(window.scene().getRoot());
        assertThat(table.getItems()).hasSize(3);

        robot.type(KeyCode.DOWN);
        assertThat(table.isFocused()).isTrue();
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.DOWN);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(workspace.selectedDealIds()).containsExactly(table.getItems().get(1).id());

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(table.isFocused()).isTrue();
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the selection is kept").isEqualTo(1);
    }

    @Test
    void aFilterMenuStaysOpenWhileTicking(FxRobot robot) {
        MenuButton kinds = robot.lookup("#kindFilter").queryAs(MenuButton.class);
        robot.clickOn(kinds);
        WaitForAsyncUtils.waitForFxEvents();
        List<CheckBox> boxes = new ArrayList<>(robot.lookup(".filter-check").queryAllAs(CheckBox.class)).stream()
                .filter(box -> box.getScene() != null && box.getScene().getWindow().isShowing()).toList();
        assertThat(boxes).hasSize(DealKind.values().length);

        robot.clickOn(boxes.get(0));
        robot.clickOn(boxes.get(1));

        assertThat(kinds.isShowing()).isTrue();
        assertThat(workspace.filter().kinds()).hasSize(2);
        assertThat(kinds.getText()).isEqualTo("Kind (2)");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void sortOrderColumnOrderWidthsAndHiddenColumnsComeBackInTheNextWindow(FxRobot robot) {
        TableView<DealRow> table = table(window.scene().getRoot());
        robot.interact(() -> {
            TableColumn<DealRow, ?> value = column(table, "value");
            TableColumn<DealRow, ?> buyer = column(table, "buyer");
            // As a drag of the Value heading to second place does it: one change of the column list.
            List<TableColumn<DealRow, ?>> columns = new ArrayList<>(table.getColumns());
            columns.remove(value);
            columns.add(1, value);
            table.getColumns().setAll(columns);
            value.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(value, buyer));
            buyer.setPrefWidth(151);
            column(table, "kind").setVisible(false);
        });
        robot.interact(window::remember);

        List<TableView<DealRow>> restored = new ArrayList<>();
        robot.interact(() -> {
            Stage second = new Stage();
            MainWindow again = window(second, context);
            // The tab's content joins the scene graph with the tab pane's skin, made by the first CSS pass.
            again.scene().getRoot().applyCss();
            again.scene().getRoot().layout();
            restored.add(table(again.scene().getRoot()));
            second.close();
        });
        TableView<DealRow> next = restored.get(0);

        assertThat(next.getSortOrder()).extracting(TableColumn::getId).containsExactly("value", "buyer");
        assertThat(column(next, "value").getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(next.getColumns()).extracting(TableColumn::getId).startsWith("title", "value", "buyer", "counterparty");
        assertThat(column(next, "buyer").getPrefWidth()).isEqualTo(151);
        assertThat(column(next, "kind").isVisible()).isFalse();
        List<Long> values = next.getItems().stream().map(DealRow::headlineMinor).toList();
        assertThat(values).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private static TableColumn<DealRow, ?> column(TableView<DealRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void theStatusLinesTooltipHasTheExactTotal(FxRobot robot) {
        robot.clickOn("#searchField").write("coreweave gpu");

        Label commitments = robot.lookup("#commitmentsTotal").queryAs(Label.class);
        assertThat(commitments.getText()).isEqualTo("Commitments $22.4B");
        // 11.9 + 4 + 6.5 billion, to the cent
        assertThat(commitments.getTooltip().getText()).isEqualTo("Commitments, exactly: $22,400,000,000.00");
    }

    @Test
    void theShortcutSheetListsEveryAcceleratorOfTheMenus(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        List<Map.Entry<String, String>> rows = dialogs.sheetRows();
        List<MenuItem> withKeys = new ArrayList<>();
        for (Menu menu : robot.lookup("#mainMenu").queryAs(MenuBar.class).getMenus()) {
            collect(menu, withKeys);
        }
        assertThat(withKeys).hasSizeGreaterThan(10);
        for (MenuItem item : withKeys) {
            String name = ShortcutSheet.plain(item.getText());
            assertThat(rows).as(name).anySatisfy(row -> {
                assertThat(row.getKey()).isEqualTo(item.getAccelerator().getDisplayText());
                assertThat(row.getValue()).endsWith(name);
            });
        }
        assertThat(rows).hasSize(withKeys.size() + WindowKeys.ALL.size());
    }

    private static void collect(Menu menu, List<MenuItem> withKeys) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, withKeys);
            } else if (item.getAccelerator() != null) {
                withKeys.add(item);
            }
        }
    }

    @Test
    void f9FoldsTheInspectorAwayAndBackAtTheWidthItHad(FxRobot robot) {
        javafx.scene.control.SplitPane split = robot.lookup("#dealsSplit").queryAs(javafx.scene.control.SplitPane.class);
        assertThat(split.getItems()).hasSize(2);
        double width = split.getItems().get(1).getLayoutBounds().getWidth();
        assertThat(width).isBetween(InspectorSplit.DEFAULT_WIDTH - 2, InspectorSplit.DEFAULT_WIDTH + 2);

        robot.type(KeyCode.F9);
        assertThat(split.getItems()).hasSize(1);
        assertThat(table(window.scene().getRoot()).getWidth()).isGreaterThan(1000);

        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(split.getItems()).hasSize(2);
        assertThat(split.getItems().get(1).getLayoutBounds().getWidth()).isBetween(width - 2, width + 2);
    }
}
