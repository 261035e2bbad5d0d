package com.computefolio.ui.common;

import com.computefolio.domain.SafeLinks;
import com.computefolio.domain.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a source's publisher, title, address, date and quote. The id is assigned by the editor. Shown only by
 * {@link FxDialogService#editSource}, so the editor asks through {@link DialogService} and tests answer for the user.
 */
final class FxSourceDialog {
    private static final String UNASSIGNED_ID = "new";

    private FxSourceDialog() {
    }

    static Optional<Source> show(Window owner, Messages messages, Source initial) {
        Dialog<Source> dialog = new Dialog<>();
        Directions.dialog(dialog.getDialogPane(), messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(initial == null ? "source.dialog.add" : "source.dialog.edit"));
        dialog.setHeaderText(dialog.getTitle());
        // A publisher, a title and a quote run their own way (an English headline in the Arabic window too).
        TextField publisher = TypedDirection.follow(new TextField(initial == null ? "" : initial.publisher()));
        TextField title = TypedDirection.follow(new TextField(initial == null || initial.title() == null ? "" : initial.title()));
        TextField url = Directions.leftToRight(new TextField(initial == null ? "https://" : initial.url()));
        TextField published = Directions.leftToRight(
                new TextField(initial == null || initial.published() == null ? "" : initial.published().toString()));
        published.setPromptText(messages.get("source.published.prompt"));
        TextArea quote = new TextArea(initial == null || initial.quote() == null ? "" : initial.quote());
        quote.setPrefRowCount(3);
        quote.setWrapText(true);
        TypedDirection.follow(quote);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        AmountLabels.install(problem);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        addRow(grid, 0, messages.get("source.publisher"), publisher);
        addRow(grid, 1, messages.get("source.title"), title);
        addRow(grid, 2, messages.get("source.url"), url);
        addRow(grid, 3, messages.get("source.published"), published);
        addRow(grid, 4, messages.get("source.quote"), quote);
        grid.add(problem, 1, 5);
        publisher.setPrefColumnCount(36);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = Directions.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(save, Directions.cancel(messages));

        Node ok = dialog.getDialogPane().lookupButton(save);
        Runnable check = () -> {
            String why = publisher.getText().isBlank() ? messages.get("source.error.publisher")
                    : !SafeLinks.isOpenable(url.getText()) ? messages.get("source.error.url")
                    : !published.getText().isBlank() && parseDate(published.getText()) == null ? messages.get("editor.error.date")
                    : "";
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        publisher.textProperty().addListener(o -> check.run());
        url.textProperty().addListener(o -> check.run());
        published.textProperty().addListener(o -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == save
                ? new Source(initial == null ? UNASSIGNED_ID : initial.id(), publisher.getText().strip(), blankToNull(title.getText()),
                        url.getText().strip(), parseDate(published.getText()), blankToNull(quote.getText()))
                : null);
        return dialog.showAndWait();
    }

    private static void addRow(GridPane grid, int row, String label, Node control) {
        Label text = new Label(label);
        text.setLabelFor(control);
        grid.add(text, 0, row);
        grid.add(control, 1, row);
    }

    private static LocalDate parseDate(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
