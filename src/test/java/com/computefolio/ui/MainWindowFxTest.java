package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.output.OutputTargets;
import com.computefolio.ui.charts.ChartsView;
import com.computefolio.ui.deals.DealRow;
import com.computefolio.ui.prefs.WindowBounds;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * The real window, headless (Monocle), on a temporary database seeded with the curated OpenAI
 * deals. Few tests on purpose: each costs seconds; the behaviour behind them is covered by the
 * view-model tests.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    @RegisterExtension
    static final SeededWindows REGISTER = new SeededWindows("ui-test.db");

    private WorkspaceModel workspace;

    @Start
    void start(Stage stage) {
        // Monocle's headless screen is set in the pom (headless.geometry); a window that does not fit cannot be painted.
        TestWindows.Opened opened = REGISTER.open(stage, new WindowBounds(0, 0, 1200, 760, false),
                context -> Map.of("view.charts", new ChartsView(context.workspace(), context.services().analysis(),
                        context.executor(), context.dialogs(), ResourceBundle.getBundle("i18n/charts"),
                        OutputTargets.following(() -> context.services().connection().databaseFile()))));
        workspace = opened.workspace();
    }

    @Test
    void typingInTheSearchBoxNarrowsTheTableAndTheTotals(FxRobot robot) {
        int all = TestWindows.dealsTable(robot).getItems().size();
        String allCommitments = TestWindows.labelText(robot, "#commitmentsTotal");
        assertThat(all).isEqualTo(27);
        assertThat(TestWindows.labelText(robot, "#dealCount")).isEqualTo("27 deals");

        robot.interact(() -> workspace.selectedDealIds().add("coreweave-cloud-2025-05"));
        robot.clickOn("#searchField").write("coreweave gpu");

        assertThat(TestWindows.dealsTable(robot).getItems()).extracting(DealRow::id)
                .containsExactlyInAnyOrder("coreweave-cloud-2025-03", "coreweave-cloud-2025-05", "coreweave-cloud-2025-09");
        assertThat(TestWindows.labelText(robot, "#dealCount")).isEqualTo("3 deals");
        // 11.9 + 4 + 6.5 = 22.4 billion
        assertThat(TestWindows.labelText(robot, "#commitmentsTotal")).isEqualTo("Commitments $22.4B").isNotEqualTo(allCommitments);
        // The selected deal is still shown, so it stays selected, here and for the other views.
        assertThat(workspace.selectedDealIds()).containsExactly("coreweave-cloud-2025-05");
        assertThat(TestWindows.dealsTable(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("coreweave-cloud-2025-05");
    }

    @Test
    void anInvalidValueShowsItsMessageAndBlocksSaveAndUndoRestoresThePreviousValue(FxRobot robot) {
        robot.interact(() -> workspace.selectedDealIds().add("aws-cloud-2025"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField amount = robot.lookup("#valueAmount").queryAs(TextField.class);
        assertThat(amount.getText()).isEqualTo("138B");

        // The field may be below the fold of the editor's scroll pane: focus it as Tab would, then type.
        robot.interact(() -> {
            amount.requestFocus();
            amount.selectAll();
        });
        robot.write("-5B");

        Label error = robot.lookup("#error-AMOUNT").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("negative");
        assertThat(robot.lookup("#saveDeal").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(TestWindows.labelText(robot, "#saveBlockedReason")).startsWith("Cannot save");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(amount.getText()).isEqualTo("138B");
        assertThat(error.isVisible()).isFalse();
        assertThat(robot.lookup("#saveBlockedReason").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void savingAnEditedValueChangesTheChartsTotal(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Label total = robot.lookup("#chartTotal").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> total.getText().contains("$"));
        String before = total.getText();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);

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
                .orElseThrow().current().value().amount().toMajor().compareTo(new java.math.BigDecimal("350000000000")) == 0);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !total.getText().equals(before) && total.getText().contains("$"));
        // $100B more over the deal's term, every month of which lies on the chart.
        assertThat(amountIn(total.getText()) - amountIn(before)).isEqualTo(100);
    }

    /** The whole billions in "Total committed: $1,232B · 12 deals". */
    private static int amountIn(String totalText) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$([0-9,]+)B").matcher(totalText);
        assertThat(m.find()).as(totalText).isTrue();
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void theAsOfDateHidesWhatWasNotYetKnown(FxRobot robot) {
        robot.clickOn("#asOfDate").write("2025-06-01").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = TestWindows.dealsTable(robot).getItems().stream().map(DealRow::id).toList();
        assertThat(shown).contains("microsoft-investment-2019", "coreweave-cloud-2025-05", "stargate-us-2025")
                .doesNotContain("aws-cloud-2025", "nvidia-loi-2025", "coreweave-cloud-2025-09");
        assertThat(TestWindows.labelText(robot, "#dealCount")).isEqualTo(shown.size() + " deals");
    }
}
