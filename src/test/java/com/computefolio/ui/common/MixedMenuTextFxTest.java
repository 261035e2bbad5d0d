package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Undo item names an Arabic deal in runs, and goes back to plain text (with its mnemonic) for any other. */
@ExtendWith(ApplicationExtension.class)
class MixedMenuTextFxTest {

    @Start
    void start(Stage stage) {
        // No window: menu items are built and read off screen.
    }

    private static java.util.List<String> runs(MenuItem item) {
        return ((HBox) item.getGraphic()).getChildren().stream().map(node -> ((Text) node).getText()).toList();
    }

    @Test
    void anArabicUndoLabelWithALatinNameIsShownInRuns() {
        SimpleStringProperty text = new SimpleStringProperty("_Undo");
        MenuItem undo = MixedMenuText.bind(new MenuItem(), text);
        assertThat(undo.getText()).isEqualTo("_Undo");
        assertThat(undo.getGraphic()).isNull();

        text.set("تراجع عن تعديل «أوبن إيه آي (OpenAI)»");

        assertThat(undo.getText()).isEmpty();
        assertThat(undo.getGraphic().getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(runs(undo)).containsExactly("تراجع عن تعديل", "»", "أوبن إيه آي", "(OpenAI)", "«");
        assertThat(undo.getGraphic().getAccessibleText()).isEqualTo("تراجع عن تعديل «أوبن إيه آي (OpenAI)»");

        text.set("_Undo Edit “CoreWeave (GPU cloud)”");

        assertThat(undo.getGraphic()).isNull();
        assertThat(undo.getText()).isEqualTo("_Undo Edit “CoreWeave (GPU cloud)”");
    }

    @Test
    void theMnemonicsUnderscoreIsNotShownInRuns() {
        MenuItem redo = MixedMenuText.set(new MenuItem(), "_Redo Edit “أوراكل (OCI)”");

        assertThat(runs(redo)).startsWith("Redo", "Edit");
        assertThat(MixedMenuText.withoutMnemonic("a__b_c")).isEqualTo("a_bc");
    }

    @Test
    void aSavedViewsNameWithoutMnemonicKeepsItsUnderscores() {
        MenuItem view = new MenuItem();
        view.setMnemonicParsing(false);

        MixedMenuText.set(view, "عرض_أوراكل (OCI)");

        assertThat(String.join("", runs(view))).isEqualTo("عرض_أوراكل(OCI)");
    }
}
