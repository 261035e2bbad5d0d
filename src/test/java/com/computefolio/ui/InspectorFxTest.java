package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.ui.prefs.WindowBounds;
import com.computefolio.ui.state.WorkspaceModel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
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
 * The inspector in the real window, headless (Monocle), over the seeded OpenAI register: it follows
 * what the table shows, reads the past only, starts each deal at the top, and a new deal behaves.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorFxTest {
    @RegisterExtension
    static final SeededWindows REGISTER = new SeededWindows("inspector-test.db");

    private WorkspaceModel workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        TestWindows.Opened opened = REGISTER.open(stage, new WindowBounds(0, 0, 1200, 760, false),
                context -> Map.<String, Node>of());
        workspace = opened.workspace();
        window = opened.window();
    }

    private void select(FxRobot robot, String dealId) {
        robot.interact(() -> {
            workspace.selectedDealIds().clear();
            workspace.selectedDealIds().add(dealId);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void filter(FxRobot robot, DealFilter filter) {
        robot.interact(() -> workspace.filterProperty().set(filter));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DealFilter asOf(LocalDate date) {
        return new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), null, null, date, Set.of());
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).query().isVisible();
    }

    private void newDeal(FxRobot robot) {
        robot.interact(() -> window.editor().newDeal());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theInspectorEmptiesWhenTheSearchHidesTheSelectedDeal(FxRobot robot) {
        select(robot, "aws-cloud-2025");
        assertThat(robot.lookup("#dealTitle").queryAs(TextField.class).getText()).isNotEmpty();

        robot.clickOn("#searchField").write("coreweave");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.editor().loadedProperty().get()).isNull();
        assertThat(visible(robot, "#editorEmpty")).isTrue();
        assertThat(TestWindows.labelText(robot, "#editorEmpty")).endsWith("is hidden by the search or the filters.");
    }

    @Test
    void theInspectorEmptiesWhenTheAsOfDateIsBeforeTheDealsFirstRevision(FxRobot robot) {
        select(robot, "aws-cloud-2025");

        filter(robot, asOf(LocalDate.of(2025, 6, 1)));

        assertThat(window.editor().loadedProperty().get()).isNull();
        assertThat(TestWindows.labelText(robot, "#editorEmpty")).contains("was not yet known on 2025-06-01");
    }

    @Test
    void withAnAsOfDateABannerSaysThePastIsReadOnlyUntilADatedRevisionIsAdded(FxRobot robot) {
        filter(robot, asOf(LocalDate.of(2025, 6, 30)));
        select(robot, "microsoft-investment-2019");

        assertThat(visible(robot, "#pastBanner")).isTrue();
        assertThat(TestWindows.labelText(robot, "#pastBannerText")).isEqualTo("Viewing the register as known on 2025-06-30 \u2014 read only.");
        assertThat(robot.lookup("#dealTitle").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#valueAmount").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#saveDeal").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#addDatedRevision");

        assertThat(robot.lookup("#valueAmount").queryAs(TextField.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#revisionKnownFrom").queryAs(TextField.class).getText()).isEqualTo("2025-06-30");
        assertThat(TestWindows.labelText(robot, "#pastBannerText")).contains("adding a dated revision");
    }

    @Test
    void anotherDealStartsAtTheTopOfTheInspector(FxRobot robot) {
        select(robot, "aws-cloud-2025");
        ScrollPane scroll = robot.lookup("#editorScroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        assertThat(scroll.getVvalue()).isEqualTo(1);

        select(robot, "microsoft-azure-2025");

        assertThat(scroll.getVvalue()).isZero();
    }

    @Test
    void escapeOnAnUntouchedNewDealDiscardsIt(FxRobot robot) {
        select(robot, "aws-cloud-2025");
        newDeal(robot);
        assertThat(window.editor().newDealProperty().get()).isTrue();
        assertThat(window.scene().getFocusOwner()).isSameAs(robot.lookup("#dealTitle").query());
        assertThat(robot.lookup("#editorScroll").queryAs(ScrollPane.class).getVvalue()).isZero();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        assertThat(window.editor().newDealProperty().get()).isFalse();
        assertThat(window.editor().loadedProperty().get().id()).isEqualTo("aws-cloud-2025");
    }

    @Test
    void cancelDiscardsTheNewDeal(FxRobot robot) {
        newDeal(robot);
        assertThat(visible(robot, "#cancelNewDeal")).isTrue();

        robot.clickOn("#cancelNewDeal");

        assertThat(window.editor().newDealProperty().get()).isFalse();
        assertThat(workspace.portfolio().deal("new-deal")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingAnAmountIntoANewDealGivesNoBasisError(FxRobot robot) {
        newDeal(robot);
        TextField amount = robot.lookup("#valueAmount").queryAs(TextField.class);
        robot.interact(amount::requestFocus);

        robot.write("2B");

        assertThat(robot.lookup("#valueBasis").queryAs(ComboBox.class).getValue()).isEqualTo(ValueBasis.TOTAL_OVER_TERM);
        assertThat(visible(robot, "#error-AMOUNT")).isFalse();
        assertThat(visible(robot, "#error-BASIS")).isFalse();
        assertThat(robot.lookup("#dealCounterparty").queryAs(ComboBox.class).getValue()).isNull();
    }
}
