package com.computefolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.text.Texts;
import com.computefolio.ui.common.HeadingPieces;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.prefs.WindowBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Flows tab of the real window in Arabic, headless: its headings with brackets are drawn from their pieces, right
 * to left in reading order, with the column's own text kept (for the column menu and screen readers) and hidden.
 */
@ExtendWith(ApplicationExtension.class)
class ArabicHeadingsFxTest {
    @RegisterExtension
    static final SeededWindows REGISTER = new SeededWindows("arabic-headings.db");

    @Start
    void start(Stage stage) {
        WindowFonts.load();
        Texts arabic = Texts.arabic();
        REGISTER.open(stage, new WindowBounds(0, 0, 1024, 700, false), context -> DesktopApp.views(context, arabic),
                new Messages(arabic));
    }

    @Test
    void theFlowsHeadingsWithBracketsAreDrawnFromTheirPiecesRightToLeft(FxRobot robot) {
        TabPane tabs = robot.lookup("#viewTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "view.flows".equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#flowsTable").queryAs(TableView.class);

        TableColumn<?, ?> out = column(table, "الخارج (يدفع المشتري)");
        // Each bracket is a piece holding its mirror image, as Unicode's mirroring draws it in a right-to-left line
        // (ADR 54: JavaFX mirrors none), so the opening bracket reads ")" on the screen, right after the first word.
        assertThat(pieces(robot, out)).containsExactly("الخارج", ")", "يدفع المشتري", "(");
        assertThat(pieces(robot, column(table, "الصافي (الداخل − الخارج)")))
                .containsExactly("الصافي", ")", "الداخل", "−", "الخارج", "(");
        assertThat(column(table, "المشتري").getGraphic()).as("a heading of plain words stays text").isNull();
        // The header's own label shows the graphic only: the heading is not drawn twice.
        List<Label> hidden = new ArrayList<>();
        robot.interact(() -> table.lookupAll(".column-header." + HeadingPieces.STYLE + " > .label")
                .forEach(node -> hidden.add((Label) node)));
        assertThat(hidden).hasSize(3).allSatisfy(label -> assertThat(label.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY));
        assertThat(hidden).extracting(Label::getText).contains("الخارج (يدفع المشتري)");
    }

    private static TableColumn<?, ?> column(TableView<?> table, String text) {
        return table.getColumns().stream().filter(column -> text.equals(column.getText())).findFirst().orElseThrow();
    }

    /** The heading's pieces as they stand on the screen from right to left. */
    private static List<String> pieces(FxRobot robot, TableColumn<?, ?> column) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            Pane row = (Pane) ((Label) column.getGraphic()).getGraphic();
            List<Node> drawn = new ArrayList<>(row.getChildren());
            drawn.sort((a, b) -> Double.compare(b.localToScreen(b.getBoundsInLocal()).getMinX(),
                    a.localToScreen(a.getBoundsInLocal()).getMinX()));
            drawn.forEach(node -> texts.add(((Label) node).getText()));
        });
        return texts;
    }
}
