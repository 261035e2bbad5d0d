package com.computefolio.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The clipping check of the layout test finds what the window's old filter row did wrong. */
@ExtendWith(ApplicationExtension.class)
class ClippedControlsFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Scene show(FxRobot robot, Region root) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(root, 300, 200);
            stage.setScene(scene[0]);
            // TestFX hands every test class the same primary stage: one an earlier test left at 1920x1200 would
            // stretch this scene to fit it, and nothing would be clipped.
            stage.setMaximized(false);
            stage.sizeToScene();
            stage.show();
            root.applyCss();
            root.layout();
        });
        return scene[0];
    }

    private static HBox tooWideRow() {
        HBox row = new HBox();
        for (int i = 0; i < 6; i++) {
            Button button = new Button("Button " + i);
            button.setId("b" + i);
            button.setMinWidth(80);
            row.getChildren().add(button);
        }
        return row;
    }

    @Test
    void findsTheButtonsPastTheRightEdge(FxRobot robot) {
        Scene scene = show(robot, new VBox(tooWideRow()));

        assertThat(ClippedControls.in(scene)).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("Button#b"))
                .anySatisfy(line -> assertThat(line).contains("#b5"));
    }

    @Test
    void findsAControlCutByTheClipOfASplitPane(FxRobot robot) {
        Button wide = new Button("wide");
        wide.setMinWidth(250);
        // The left item may be narrower than its button: the button then runs under the right item, inside the scene.
        HBox left = new HBox(wide);
        left.setMinWidth(0);
        SplitPane split = new SplitPane(left, new Region());
        split.setDividerPositions(0.3);
        Scene scene = show(robot, split);

        assertThat(ClippedControls.in(scene)).anySatisfy(line -> assertThat(line).contains("\"wide\""));
    }

    @Test
    void leavesWhatAScrollPaneScrollsTo(FxRobot robot) {
        Scene scene = show(robot, new VBox(new ScrollPane(tooWideRow())));

        assertThat(ClippedControls.in(scene)).isEmpty();
    }
}
