package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Arabic window's text as a native reader expects it, checked without a display: typed text runs its own way,
 * wrapped labels are paragraphs of ours (no flow of words left), and an Arabic sentence about a file reads right to
 * left with the file's path whole (ADR 55's section of 2026-12-07).
 */
@ExtendWith(ApplicationExtension.class)
class ArabicTypedTextFxTest {
    private static final String PROBLEM = "/tmp/r/deals.json:1:32: $.deals[0].buyer: الحقل المطلوب «buyer» غير موجود.";

    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox(8);
        root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        stage.setScene(new Scene(root, 420, 400));
        stage.show();
    }

    @Test
    void aNotesAreaRunsByItsFirstStrongLetterAndStopsWrappingArabic(FxRobot robot) {
        TextArea notes = new TextArea();
        notes.setWrapText(true);
        robot.interact(() -> root.getChildren().add(TypedDirection.follow(notes)));

        assertThat(notes.getEffectiveNodeOrientation()).as("empty: the window's way").isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        robot.interact(() -> notes.setText("Reported by Reuters (three sources); أمازون declined to comment."));
        assertThat(notes.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(notes.isWrapText()).as("an Arabic name inside: JavaFX would repeat words on wrapped lines").isFalse();

        robot.interact(() -> notes.setText("وقّعت OpenAI عقدًا مع أمازون ويب سيرفيسز (AWS) بقيمة $38B."));
        assertThat(notes.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(notes.isWrapText()).isFalse();

        robot.interact(() -> notes.setText("Signed for seven years."));
        assertThat(notes.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(notes.isWrapText()).as("English wraps as before").isTrue();
    }

    @Test
    void aFieldMadeLeftToRightStaysSoWhateverIsTyped(FxRobot robot) {
        TextField id = Directions.leftToRight(TypedDirection.follow(new TextField()));
        robot.interact(() -> {
            root.getChildren().add(id);
            id.setText("صفقة-1");
        });

        assertThat(TypedDirection.follows(id)).isFalse();
        assertThat(id.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void aWrappingMixedLabelIsAParagraphWithNoFlowOfWords(FxRobot robot) {
        Label words = new Label("«استثمار بقيمة $40B في أوبن إيه آي (OpenAI)، تُعرض كما في 2025-01-21 حتى إغلاق الجولة،"
                + " وتبقى الأرقام الأخرى كما نُشرت في البيان الصحفي للشركتين (Reuters) دون تعديل»");
        words.setWrapText(true);
        assertThatThrownBy(() -> AmountLabels.install(words)).as("one road: a wrapping label is a paragraph")
                .isInstanceOf(IllegalArgumentException.class);
        robot.interact(() -> {
            words.setPrefWidth(0);
            words.setMaxWidth(Double.MAX_VALUE);
            root.getChildren().add(WrappedText.install(words));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(words.getGraphic()).isInstanceOf(WrappedText.class);
        WrappedText paragraph = (WrappedText) words.getGraphic();
        assertThat(paragraph.shownLines()).hasSizeGreaterThan(1);
        assertThat(String.join("", paragraph.shownLines()).replace(" ", "")).isEqualTo(words.getText().replace(" ", ""));
        assertThat(all(root)).noneMatch(FlowPane.class::isInstance);
        assertThat(words.getWidth()).as("the paragraph wraps inside the pane").isLessThanOrEqualTo(root.getWidth());
    }

    @Test
    void aSectionTitlesPiecesTakeItsFontNotItsBorder(FxRobot robot) {
        Label section = new Label("المراجعات (السجل التاريخي)");
        section.setStyle("-fx-font-weight: bold;");
        section.getStyleClass().add("editor-section");
        robot.interact(() -> root.getChildren().add(AmountLabels.install(section)));

        List<Label> pieces = all(section.getGraphic()).stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
        assertThat(pieces).extracting(Label::getText).containsExactly("المراجعات", ")", "السجل التاريخي", "(");
        assertThat(pieces).allSatisfy(piece -> {
            assertThat(piece.getStyleClass()).containsExactly("label");
            assertThat(piece.getFont()).isEqualTo(section.getFont());
        });
    }

    @Test
    void anArabicProblemAboutAFileReadsRightToLeftWithItsPathWhole(FxRobot robot) {
        WrappedText line = new WrappedText(PROBLEM);
        robot.interact(() -> {
            root.getChildren().add(line);
            root.layout();
        });

        assertThat(line.getEffectiveNodeOrientation()).as("more Latin letters than Arabic, an Arabic sentence all the same")
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        List<Label> pieces = all(line).stream().filter(Label.class::isInstance).map(Label.class::cast)
                .filter(label -> label.getStyleClass().contains("label") && !label.getStyleClass().contains("wrapped-font"))
                .toList();
        assertThat(pieces).extracting(Label::getText).startsWith("/tmp/r/deals.json:1:32", ":", "$.deals[0].buyer", ":");
        // Read from the right: each piece of the first line starts left of the one before it.
        double right = Double.MAX_VALUE;
        for (Label piece : pieces.subList(0, 4)) {
            double x = piece.localToScene(piece.getLayoutBounds()).getMinX();
            assertThat(x).isLessThan(right);
            right = x;
        }
    }

    /** The node and everything under it. */
    private static List<Node> all(Node node) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodes.addAll(all(child));
            }
        }
        return nodes;
    }
}
