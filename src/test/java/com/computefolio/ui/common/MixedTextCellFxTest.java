package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Names and titles that mix Arabic with brackets and amounts read in order in a right-to-left table, whole or cut at
 * their logical end (the left), and the cells reuse what they built.
 */
@ExtendWith(ApplicationExtension.class)
class MixedTextCellFxTest {
    private static final String OPENAI = "أوبن إيه آي (OpenAI)";
    private static final String TITLE = "ستارغيت: مشروع مشترك بقيمة $500B مع أوراكل (OCI)";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private TableView<String> table(FxRobot robot, double columnWidth, String... rows) {
        TableView<String> table = new TableView<>();
        robot.interact(() -> {
            TableColumn<String, String> column = new TableColumn<>("العنوان");
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
            column.setCellFactory(MixedTextCell.titles());
            column.setPrefWidth(columnWidth);
            table.getColumns().add(column);
            table.getItems().setAll(rows);
            table.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            Scene scene = new Scene(table, 640, 300);
            // As the window in Arabic: the whole scene right to left.
            scene.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            stage.setScene(scene);
            stage.setMaximized(false);
            stage.sizeToScene();
            stage.show();
            table.applyCss();
            table.layout();
        });
        return table;
    }

    private static MixedTextCell<?> cell(TableView<String> table, String text) {
        return table.lookupAll(".table-cell").stream().filter(MixedTextCell.class::isInstance).map(MixedTextCell.class::cast)
                .filter(cell -> text.equals(cell.getText()) && shown(cell)).findFirst().orElseThrow();
    }

    /** Not the table's hidden measuring row. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The drawn labels from right to left on the screen: the order an Arabic reader reads them in. */
    private static List<String> readRightToLeft(MixedLine line) {
        List<Label> shown = new ArrayList<>(line.shown());
        shown.sort(Comparator.comparingDouble((Label label) -> scene(label).getMaxX()).reversed());
        return shown.stream().map(Label::getText).toList();
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void aNameWithItsLatinNameInBracketsReadsInOrder(FxRobot robot) {
        TableView<String> table = table(robot, 400, OPENAI, TITLE);

        MixedTextCell<?> name = cell(table, OPENAI);
        assertThat(name.getGraphic()).isInstanceOf(MixedLine.class);
        assertThat(readRightToLeft((MixedLine) name.getGraphic())).containsExactly("أوبن إيه آي", "(OpenAI)");
        MixedTextCell<?> title = cell(table, TITLE);
        assertThat(readRightToLeft((MixedLine) title.getGraphic()))
                .containsExactly("ستارغيت", ":", "مشروع مشترك بقيمة", "$500B", "مع أوراكل", "(OCI)");
    }

    @Test
    void bracketsAroundArabicWordsFaceTheWayAReaderOfArabicExpects(FxRobot robot) {
        String name = "مايكروسوفت (أزور)";
        TableView<String> table = table(robot, 400, name);

        assertThat(readRightToLeft((MixedLine) cell(table, name).getGraphic())).containsExactly("مايكروسوفت", ")", "أزور", "(");
    }

    @Test
    void aNarrowColumnCutsTheTitleAtItsLogicalEndOnTheLeft(FxRobot robot) {
        TableView<String> table = table(robot, 170, TITLE);

        MixedTextCell<?> title = cell(table, TITLE);
        MixedLine line = (MixedLine) title.getGraphic();
        List<String> read = readRightToLeft(line);
        assertThat(read).hasSizeGreaterThan(1).hasSizeLessThan(line.pieces().size() + 1);
        // What is read is the title's start in order, closed on the far left by the ellipsis or by a run its label cuts.
        String ellipsis = title.getEllipsisString();
        List<String> words = read.stream().filter(text -> !text.equals(ellipsis)).toList();
        assertThat(words).isEqualTo(line.pieces().stream().map(AmountLabels.Piece::text).toList().subList(0, words.size()));
        Label leftmost = line.shown().stream().min(Comparator.comparingDouble(label -> scene(label).getMinX())).orElseThrow();
        assertThat(leftmost.getText().equals(ellipsis) || leftmost.getWidth() < leftmost.prefWidth(-1)).isTrue();
        assertThat(read).doesNotContain("(OCI)");
        // No bracket or colon left hanging before the cut.
        assertThat(words.get(words.size() - 1)).containsPattern("[\\p{L}\\p{N}]");
        Bounds cell = scene(title);
        for (Label shown : line.shown()) {
            assertThat(scene(shown).getMinX()).isGreaterThanOrEqualTo(cell.getMinX() - 0.5);
            assertThat(scene(shown).getMaxX()).isLessThanOrEqualTo(cell.getMaxX() + 0.5);
        }
        assertThat(title.getText()).isEqualTo(TITLE);
    }

    @Test
    void aLatinRunThatDoesNotFitGivesWayToTheEllipsis(FxRobot robot) {
        String name = "أوبن إيه آي (OpenAI Global LLC)";
        TableView<String> table = table(robot, 120, name);

        MixedLine line = (MixedLine) cell(table, name).getGraphic();
        List<String> read = readRightToLeft(line);
        assertThat(read).containsExactly("أوبن إيه آي", cell(table, name).getEllipsisString());
    }

    @Test
    void plainTextIsDrawnByTheCellItself(FxRobot robot) {
        TableView<String> table = table(robot, 300, "أوراكل", "CoreWeave (GPU cloud)");

        assertThat(cell(table, "أوراكل").getGraphic()).isNull();
        assertThat(cell(table, "CoreWeave (GPU cloud)").getGraphic()).isNull();
        assertThat(cell(table, "CoreWeave (GPU cloud)").getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void scrollingReusesTheCellsAndTheirLines(FxRobot robot) {
        String[] rows = new String[400];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (i % 2 == 0 ? OPENAI : TITLE) + " " + i;
        }
        TableView<String> table = table(robot, 400, rows);
        Map<MixedTextCell<?>, Node> before = lines(table);

        robot.interact(() -> {
            table.scrollTo(300);
            table.layout();
        });

        Map<MixedTextCell<?>, Node> after = lines(table);
        assertThat(after).isNotEmpty();
        assertThat(before).containsAllEntriesOf(after);
        MixedTextCell<?> cell = cell(table, rows[301]);
        assertThat(readRightToLeft((MixedLine) cell.getGraphic())).containsExactly(
                "ستارغيت", ":", "مشروع مشترك بقيمة", "$500B", "مع أوراكل", "(OCI)", "301");
    }

    /** Each drawn cell and the line it shows. */
    private static Map<MixedTextCell<?>, Node> lines(TableView<String> table) {
        Map<MixedTextCell<?>, Node> lines = new IdentityHashMap<>();
        table.lookupAll(".table-cell").stream().filter(MixedTextCell.class::isInstance).map(MixedTextCell.class::cast)
                .filter(cell -> cell.getText() != null && shown(cell)).forEach(cell -> lines.put(cell, cell.getGraphic()));
        return lines;
    }
}
