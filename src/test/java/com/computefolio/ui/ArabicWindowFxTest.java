package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.text.Texts;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.deals.DealRow;
import com.computefolio.ui.prefs.WindowBounds;
import com.computefolio.ui.state.WorkspaceModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window in Arabic, headless, at 1024x700 (the smallest size worth promising): the main flows (search,
 * edit and save, charts) in Arabic, the scene mirrored with the chart's plot kept left to right, no English left in
 * the menus and no label cut short in any main view.
 */
@ExtendWith(ApplicationExtension.class)
class ArabicWindowFxTest {
    /** Any letter of the Arabic block. */
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    /** Menu items that are names, the same in every language: each language is named in itself. */
    private static final Set<String> NAMES = Set.of("English");
    /** Menus whose items are the user's own (recent files, saved views), not texts of the product. */
    private static final Set<String> USER_ITEMS = Set.of("menuRecent", "menuViewsDelete", "menu.views");

    @RegisterExtension
    static final SeededWindows REGISTER = new SeededWindows("arabic-ui.db");

    private WorkspaceModel workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFonts.load();
        Texts arabic = Texts.arabic();
        TestWindows.Opened opened = REGISTER.open(stage, new WindowBounds(0, 0, 1024, 700, false),
                context -> DesktopApp.views(context, arabic), new Messages(arabic));
        workspace = opened.workspace();
        window = opened.window();
    }

    @Test
    void theWindowIsMirroredButTheChartsPlotRunsLeftToRight(FxRobot robot) throws Exception {
        assertThat(window.scene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(TestWindows.dealsTable(robot).getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // Ids and amounts are typed left to right inside the mirrored inspector.
        robot.interact(() -> workspace.selectedDealIds().add("aws-cloud-2025"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dealId").queryAs(TextField.class).getEffectiveNodeOrientation())
                .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(robot.lookup("#valueAmount").queryAs(TextField.class).getEffectiveNodeOrientation())
                .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        // The title is the user's words: an English one runs left to right, an Arabic one right to left (as typed).
        TextField title = robot.lookup("#dealTitle").queryAs(TextField.class);
        String english = title.getText();
        assertThat(english).matches("^[A-Za-z].*");
        assertThat(title.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        robot.interact(() -> title.setText("سحابة أمازون (AWS) لسبع سنوات"));
        assertThat(title.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        robot.interact(() -> title.setText(""));
        assertThat(title.getEffectiveNodeOrientation()).as("the window's way while empty").isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        robot.interact(() -> title.setText(english));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Label total = robot.lookup("#chartTotal").queryAs(Label.class);
        // The chart's total is written as the Arabic press writes amounts: number, scale, currency as words.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> total.getText().contains("\u00a0مليار دولار"));
        assertThat(total.getText()).containsPattern(ARABIC).doesNotContain("$");
        assertThat(robot.lookup("#chartViewer").query().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(robot.lookup("#chartViewer").query().getParent().getEffectiveNodeOrientation())
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void searchingNarrowsTheTableAndTheStatusLineSpeaksArabic(FxRobot robot) {
        assertThat(TestWindows.labelText(robot, "#dealCount")).isEqualTo("27 صفقة");

        robot.clickOn("#searchField").write("coreweave gpu");

        assertThat(TestWindows.dealsTable(robot).getItems()).extracting(DealRow::id)
                .containsExactlyInAnyOrder("coreweave-cloud-2025-03", "coreweave-cloud-2025-05", "coreweave-cloud-2025-09");
        assertThat(TestWindows.labelText(robot, "#dealCount")).isEqualTo("3 صفقات");
        // 11.9 + 4 + 6.5 = 22.4 billion, written as the Arabic press writes it: number, scale, currency.
        assertThat(TestWindows.labelText(robot, "#commitmentsTotal")).isEqualTo("الالتزامات 22.4\u00a0مليار دولار");
    }

    @Test
    void anEditIsSavedAndTheChartsTotalFollows(FxRobot robot) throws Exception {
        robot.interact(() -> workspace.selectedDealIds().add("microsoft-azure-2025"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField amount = robot.lookup("#valueAmount").queryAs(TextField.class);
        assertThat(amount.getText()).isEqualTo("250B");
        robot.interact(() -> {
            amount.requestFocus();
            amount.selectAll();
        });
        robot.write("350B").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> REGISTER.connection().portfolioService().deal("microsoft-azure-2025")
                .orElseThrow().current().value().amount().toMajor().compareTo(new BigDecimal("350000000000")) == 0);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Label total = robot.lookup("#chartTotal").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> total.getText().contains("دولار"));
        assertThat(total.getText()).startsWith("إجمالي الالتزامات").doesNotContain("$");
    }

    @Test
    void aTextFieldsOwnContextMenuSpeaksArabicAndActsOnTheField(FxRobot robot) {
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.clickOn(search).write("aws");
        robot.interact(search::selectAll);
        // What a right click or the menu key sends (Monocle's headless mouse sends no menu event of its own).
        robot.interact(() -> {
            javafx.geometry.Point2D at = search.localToScreen(10, 10);
            javafx.event.Event.fireEvent(search, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    10, 10, at.getX(), at.getY(), false, new PickResult(search, at.getX(), at.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();

        ContextMenu menu = search.getContextMenu();
        assertThat(menu).isNotNull();
        assertThat(menu.isShowing()).isTrue();
        List<String> shown = menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertThat(shown).hasSize(7).allMatch(t -> ARABIC.matcher(t).find(), "has an Arabic word")
                .contains("نسخ", "لصق", "تحديد الكل");
        assertThat(item(menu, "textMenuCopy").isDisable()).isFalse();
        assertThat(item(menu, "textMenuSelectAll").isDisable()).as("all is selected already").isTrue();
        assertThat(menu.getScene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);

        robot.interact(() -> item(menu, "textMenuDelete").fire());
        robot.interact(menu::hide);
        assertThat(search.getText()).isEmpty();
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void noMenuItemIsLeftInEnglish(FxRobot robot) {
        MenuBar bar = robot.lookup("#mainMenu").queryAs(MenuBar.class);
        Set<String> english = new TreeSet<>();
        List<MenuItem> items = new ArrayList<>(bar.getMenus());
        while (!items.isEmpty()) {
            MenuItem item = items.remove(0);
            String shown = item.getText() == null ? "" : item.getText().replace("_", "");
            if (!shown.isEmpty() && !ARABIC.matcher(shown).find() && !NAMES.contains(shown)) {
                english.add(item.getId() + ": " + shown);
            }
            if (item instanceof Menu menu && (menu.getId() == null || !USER_ITEMS.contains(menu.getId()))) {
                items.addAll(menu.getItems());
            }
        }
        assertThat(bar.getMenus()).isNotEmpty();
        assertThat(english).as("menu items without an Arabic word").isEmpty();
    }

    @Test
    void noLabelOfAMainViewIsCutShortAt1024By700(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#viewTabs").queryAs(TabPane.class);
        Set<String> clipped = new TreeSet<>();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String tab = tabs.getTabs().get(i).getId();
            robot.interact(() -> collectClipped(window.scene().getRoot(), tab, clipped));
        }
        assertThat(clipped).as("labels shown with an ellipsis instead of their text").isEmpty();
    }

    /** Labels and buttons on screen whose text is drawn shortened; the cells of tables (data) are left out. */
    private static void collectClipped(Node node, String tab, Set<String> clipped) {
        if (!node.isVisible() || node instanceof javafx.scene.control.IndexedCell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && !drawn.getText().equals(labeled.getText())
                        && drawn.getText().endsWith(labeled.getEllipsisString())) {
                    clipped.add(tab + ": " + labeled.getText() + " (" + labeled.getClass().getSimpleName() + ")");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectClipped(child, tab, clipped);
            }
        }
    }
}
