package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.text.Texts;
import com.computefolio.ui.common.FxDialogService;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.WrappedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The user guide and a long question of the dialog service in Arabic, headless, shown by the real dialog service over a
 * 1024x700 window: every line of their paragraphs lies inside the dialog, none overlaps the next line or the next
 * topic's heading (JavaFX's own wrapping drew them over the headings and past the left edge).
 */
@ExtendWith(ApplicationExtension.class)
class ArabicParagraphsFxTest {
    private final Messages messages = new Messages(Texts.arabic());
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        WindowFonts.load();
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        dialogs = new FxDialogService(stage, messages);
    }

    private DialogPane opened(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog(robot, title) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return (DialogPane) dialog(robot, title).getScene().getRoot();
    }

    private static Window dialog(FxRobot robot, String title) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
                .findFirst().orElse(null);
    }

    private static void close(FxRobot robot, DialogPane pane) {
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    private static List<Node> lines(Node root) {
        List<Node> lines = new ArrayList<>(root.lookupAll("." + WrappedText.LINE));
        lines.sort(Comparator.comparingDouble(line -> line.localToScene(line.getBoundsInLocal()).getMinY()));
        return lines;
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Every line inside the pane from side to side, and below the one before it. */
    private static void readable(DialogPane pane, List<Node> lines) {
        Bounds dialog = inScene(pane);
        assertThat(lines).isNotEmpty();
        for (Node line : lines) {
            Bounds bounds = inScene(line);
            assertThat(bounds.getMinX()).as("left edge of %s", line).isGreaterThanOrEqualTo(dialog.getMinX());
            assertThat(bounds.getMaxX()).as("right edge of %s", line).isLessThanOrEqualTo(dialog.getMaxX());
        }
    }

    @Test
    void theUserGuidesParagraphsStayInsideTheDialogAndBelowTheirHeadings(FxRobot robot) throws Exception {
        Platform.runLater(() -> dialogs.showSheet(messages.get("guide.title"), messages.get("guide.intro"), UserGuide.rows(messages)));
        DialogPane pane = opened(robot, messages.get("guide.title"));

        GridPane grid = (GridPane) pane.lookup("#sheetRows");
        List<WrappedText> paragraphs = grid.getChildren().stream().filter(WrappedText.class::isInstance).map(WrappedText.class::cast).toList();
        List<Label> headings = grid.getChildren().stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
        assertThat(paragraphs).hasSize(UserGuide.rows(messages).size());
        // Arabic is broken into lines by us: several lines for the longer topics.
        assertThat(paragraphs).allSatisfy(paragraph -> assertThat(paragraph.brokenHere()).isTrue());
        assertThat(paragraphs).anySatisfy(paragraph -> assertThat(paragraph.shownLines()).hasSizeGreaterThan(2));
        readable(pane, lines(pane));
        for (WrappedText paragraph : paragraphs) {
            List<Node> own = lines(paragraph);
            assertThat(own).hasSize(paragraph.shownLines().size());
            for (int i = 1; i < own.size(); i++) {
                assertThat(inScene(own.get(i)).getMinY()).isGreaterThanOrEqualTo(inScene(own.get(i - 1)).getMaxY());
            }
            // Inside its own cell, so it cannot reach the next topic's heading or paragraph.
            Bounds cell = inScene(paragraph);
            assertThat(own).allSatisfy(line -> assertThat(inScene(line).getMaxY()).isLessThanOrEqualTo(cell.getMaxY() + 0.5));
        }
        for (int row = 1; row < paragraphs.size(); row++) {
            double end = inScene(paragraphs.get(row - 1)).getMaxY();
            assertThat(inScene(headings.get(row)).getMinY()).as("heading %d", row).isGreaterThanOrEqualTo(end);
            assertThat(inScene(paragraphs.get(row)).getMinY()).as("paragraph %d", row).isGreaterThanOrEqualTo(end);
        }
        // Nothing lost: the lines give the paragraph back.
        assertThat(paragraphs).allSatisfy(paragraph -> assertThat(String.join(" ", paragraph.shownLines()).replaceAll("\\s+", " "))
                .isEqualTo(paragraph.getText().replaceAll("\\s+", " ").strip()));
        close(robot, pane);
    }

    @Test
    void aLongQuestionInArabicWrapsInsideItsDialog(FxRobot robot) throws Exception {
        String title = messages.get("editor.delete.title");
        String message = messages.format("editor.delete.message",
                "اتفاقية أوبن إيه آي (OpenAI) مع أمازون ويب سيرفيسز (AWS) للحوسبة السحابية بقيمة $38B على سبع سنوات");
        Platform.runLater(() -> dialogs.confirm(title, message));
        DialogPane pane = opened(robot, title);

        WrappedText paragraph = (WrappedText) pane.lookup("#dialogMessage");
        assertThat(paragraph.getText()).isEqualTo(message);
        assertThat(paragraph.shownLines()).hasSizeGreaterThan(1);
        List<Node> lines = lines(pane);
        readable(pane, lines);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(inScene(lines.get(i)).getMinY()).isGreaterThanOrEqualTo(inScene(lines.get(i - 1)).getMaxY());
        }
        // Above the buttons.
        Bounds buttons = inScene(pane.lookup(".button-bar"));
        assertThat(inScene(lines.get(lines.size() - 1)).getMaxY()).isLessThanOrEqualTo(buttons.getMinY());
        close(robot, pane);
    }
}
