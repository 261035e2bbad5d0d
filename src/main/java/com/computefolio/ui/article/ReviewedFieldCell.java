package com.computefolio.ui.article;

import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.Directions;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.WrappedText;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One field of the review: its tick, name and proposed value, and under them the article's words it was read from. A
 * field the article does not state is greyed and cannot be ticked.
 */
final class ReviewedFieldCell extends ListCell<ReviewedField> {
    private final CheckBox tick = new CheckBox();
    private final Label name = new Label();
    private final Label value = new Label();
    private final Label words = new Label();
    private final VBox content = new VBox(2, new HBox(8, tick, name, value), words);
    private ReviewedField bound;

    private final Messages messages;

    ReviewedFieldCell(Messages messages) {
        this.messages = messages;
        name.setStyle("-fx-font-weight: bold;");
        // Under the name, past the tick: the article's own words, quoted.
        words.setStyle("-fx-text-fill: -color-fg-muted; -fx-padding: 0 0 0 26;");
        // Quote marks, guillemets and amounts among Arabic words as runs of their own (see AmountLabels); the article's
        // words a paragraph of such lines, taking the cell's width rather than asking for its whole text on one line.
        AmountLabels.install(value);
        WrappedText.install(words);
        words.setPrefWidth(0);
        words.setMaxWidth(Double.MAX_VALUE);
        setText(null);
    }

    @Override
    protected void updateItem(ReviewedField field, boolean empty) {
        super.updateItem(field, empty);
        if (bound != null) {
            tick.selectedProperty().unbindBidirectional(bound.acceptedProperty());
            bound = null;
        }
        if (empty || field == null) {
            setGraphic(null);
            return;
        }
        bound = field;
        tick.setId("accept-" + field.field().name());
        tick.selectedProperty().bindBidirectional(field.acceptedProperty());
        tick.setDisable(!field.found());
        name.setText(field.name());
        value.setText(field.value());
        // A value of the article (an amount, a party's name) reads its own way inside the window's direction.
        value.setNodeOrientation(Directions.ofText(field.value()));
        words.setText(field.found() ? messages.format("article.field.words", field.words()) : "");
        words.setNodeOrientation(Directions.ofText(field.words()));
        words.setManaged(field.found());
        words.setVisible(field.found());
        content.setOpacity(field.found() ? 1 : 0.55);
        setGraphic(content);
    }
}
