package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.Money;
import com.computefolio.domain.OptionKind;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.ui.prefs.WindowBounds;
import com.computefolio.ui.state.WorkspaceModel;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
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
 * The inspector's deal-shape sections in the real window, headless (Monocle), over the seeded OpenAI
 * register, driven from the keyboard: a prepayment leg, an option and a guarantor are added to a
 * stored deal and saved, and Undo takes the save back; entries the validator refuses are shown at
 * their list and nothing is written.
 */
@ExtendWith(ApplicationExtension.class)
class DealShapesFxTest {
    private static final String DEAL = "cerebras-compute-2026";
    @RegisterExtension
    static final SeededWindows REGISTER = new SeededWindows("shapes-test.db");

    private WorkspaceModel workspace;

    @Start
    void start(Stage stage) {
        // TestFX shares one stage across test classes: size it for this one, at the smallest size the window supports.
        TestWindows.Opened opened = REGISTER.open(stage, new WindowBounds(0, 0, 1024, 700, false),
                context -> Map.<String, Node>of());
        workspace = opened.workspace();
    }

    private void select(FxRobot robot) {
        robot.interact(() -> {
            workspace.selectedDealIds().clear();
            workspace.selectedDealIds().add(DEAL);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Deal stored() {
        return REGISTER.connection().portfolioService().deal(DEAL).orElseThrow();
    }

    /** Opens a section and starts a new entry with its Add button, from the keyboard. */
    private static void startAdding(FxRobot robot, String section, String list) {
        robot.interact(() -> robot.lookup("#" + section).queryAs(TitledPane.class).setExpanded(true));
        press(robot, "#" + list + "Add", KeyCode.SPACE);
    }

    /** Focuses a control as Tab would (the inspector scrolls it into view) and presses a key on it. */
    private static void press(FxRobot robot, String query, KeyCode key) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.press(key).release(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a field, replacing what it holds. */
    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
    }

    private static <T> void choose(FxRobot robot, String query, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private static void enter(FxRobot robot) {
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    @Test
    void aPrepaymentLegAnOptionAndAGuarantorAddedInTheInspectorAreSavedAndUndoTakesTheSaveBack(FxRobot robot)
            throws Exception {
        select(robot);
        startAdding(robot, "legsSection", "legs");
        type(robot, "#legStart", "2026-01");
        type(robot, "#legAmount", "2B");
        press(robot, "#legPrepayment", KeyCode.SPACE);
        type(robot, "#legLabel", "paid at signing");
        enter(robot);
        startAdding(robot, "legsSection", "legs");
        type(robot, "#legStart", "2026-01");
        type(robot, "#legMonths", "36");
        choose(robot, "#legShape", ScheduleShape.EVEN);
        type(robot, "#legAmount", "18B");
        enter(robot);
        assertThat(robot.lookup("#legsSection").queryAs(TitledPane.class).getText()).isEqualTo("Schedule legs (2)");

        startAdding(robot, "optionsSection", "options");
        choose(robot, "#optionKind", OptionKind.EXTENSION);
        type(robot, "#optionAmount", "10B");
        press(robot, "#optionSource0", KeyCode.SPACE);
        type(robot, "#optionMonths", "24");
        type(robot, "#optionFrom", "2028-06");
        type(robot, "#optionUntil", "2028-12");
        enter(robot);

        startAdding(robot, "rolesSection", "roles");
        choose(robot, "#roleKind", PartyRole.GUARANTOR);
        choose(robot, "#roleParty", "nvidia");
        type(robot, "#roleAmount", "5B");
        enter(robot);
        assertThat(robot.lookup("#saveBlockedReason").queryAs(Label.class).isVisible()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !stored().roles().isEmpty());

        Deal saved = stored();
        assertThat(saved.current().legs()).containsExactly(
                new ScheduleLeg("paid at signing", YearMonth.of(2026, 1), 1, ScheduleShape.LUMP, usd("2e9"), null, true),
                new ScheduleLeg(null, YearMonth.of(2026, 1), 36, ScheduleShape.EVEN, usd("18e9"), null, false));
        DealOption option = saved.current().options().get(0);
        assertThat(option.kind()).isEqualTo(OptionKind.EXTENSION);
        assertThat(option.value().amount()).isEqualTo(usd("10e9"));
        assertThat(option.value().sources()).extracting(s -> s.id()).containsExactly("S31");
        assertThat(option.exerciseFrom()).isEqualTo(YearMonth.of(2028, 6));
        assertThat(saved.roles()).extracting(DealRole::role, DealRole::partyId, DealRole::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PartyRole.GUARANTOR, "nvidia", usd("5e9")));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stored().roles().isEmpty());

        assertThat(stored().current().legs()).isEmpty();
        assertThat(stored().current().options()).isEmpty();
    }

    @Test
    void entriesTheValidatorRefusesAreShownAtTheirListAndNothingIsWritten(FxRobot robot) throws Exception {
        select(robot);
        Deal before = stored();

        startAdding(robot, "rolesSection", "roles");
        choose(robot, "#roleKind", PartyRole.JV_OWNER);
        choose(robot, "#roleParty", "g42");
        type(robot, "#roleShare", "150");
        enter(robot);
        startAdding(robot, "optionsSection", "options");
        type(robot, "#optionAmount", "10B");
        press(robot, "#optionSource0", KeyCode.SPACE);
        type(robot, "#optionFrom", "2029-01");
        type(robot, "#optionUntil", "2028-01");
        enter(robot);
        startAdding(robot, "otherFiguresSection", "otherFigures");
        type(robot, "#figureAmount", "25B");
        enter(robot);

        assertThat(label(robot, "#error-ROLES").getText()).contains("The share 150% is not between 0 and 100.");
        assertThat(label(robot, "#error-OPTIONS").getText())
                .contains("The exercise window ends (2028-01) before it opens (2029-01).");
        assertThat(label(robot, "#error-OTHER_FIGURES").getText()).contains("The figure has no source");
        assertThat(robot.lookup("#saveDeal").queryAs(Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).isEqualTo(before);

        // Marking the figure unsourced is what lets it be saved without a source.
        press(robot, "#otherFiguresEdit0", KeyCode.SPACE);
        press(robot, "#figureUnsourced", KeyCode.SPACE);
        type(robot, "#figureAmount", "25B");
        enter(robot);
        assertThat(label(robot, "#error-OTHER_FIGURES").isVisible()).isFalse();

        press(robot, "#revertDeal", KeyCode.SPACE);
    }

    private static Money usd(String major) {
        return Money.of("USD", new BigDecimal(major));
    }
}
