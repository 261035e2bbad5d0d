package com.computefolio.ui.common;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The two dialogs of a team database: the connect form and the password prompt (a masked field). */
final class FxTeamDialogs {

    private FxTeamDialogs() {
    }

    static boolean editConnection(Window owner, Messages messages, TeamConnectForm form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("team.connect.title"));
        dialog.setHeaderText(messages.get("team.connect.intro"));
        // An address, a port and names of the server's own: typed and read left to right in every language.
        TextField host = Directions.leftToRight(bound(new TextField(), form.hostProperty(), "teamHost"));
        TextField port = Directions.leftToRight(bound(new TextField(), form.portProperty(), "teamPort"));
        port.setPrefColumnCount(6);
        TextField database = Directions.leftToRight(bound(new TextField(), form.databaseProperty(), "teamDatabase"));
        TextField user = Directions.leftToRight(bound(new TextField(), form.userProperty(), "teamUser"));
        PasswordField password = bound(new PasswordField(), form.passwordProperty(), "teamPassword");
        password.setPromptText(messages.get("team.connect.password.prompt"));
        CheckBox remember = AmountLabels.install(new CheckBox(messages.get("team.connect.remember")));
        remember.setId("teamRemember");
        remember.selectedProperty().bindBidirectional(form.rememberProperty());
        Label problem = new Label();
        problem.getStyleClass().add("form-problem");
        AmountLabels.install(problem);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        row(grid, 0, messages.get("team.connect.host"), host);
        row(grid, 1, messages.get("team.connect.port"), port);
        row(grid, 2, messages.get("team.connect.database"), database);
        row(grid, 3, messages.get("team.connect.user"), user);
        row(grid, 4, messages.get("team.connect.password"), password);
        grid.add(remember, 1, 5);
        WrappedText note = new WrappedText(messages.get("team.connect.passwordNote"));
        note.setMaxWidth(380);
        grid.add(note, 1, 6);
        grid.add(problem, 1, 7);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType(messages.get("team.connect.button"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, Directions.cancel(messages));
        // Laid out as the window's language reads, Cancel named in it (JavaFX names its own buttons in English only).
        Directions.dialog(dialog.getDialogPane(), messages);
        Node ok = dialog.getDialogPane().lookupButton(connect);
        var why = Bindings.createStringBinding(() -> form.problem().map(messages::get).orElse(""),
                form.hostProperty(), form.portProperty(), form.databaseProperty(), form.userProperty());
        problem.textProperty().bind(why);
        ok.disableProperty().bind(why.isNotEmpty());
        host.requestFocus();
        boolean chosen = dialog.showAndWait().filter(connect::equals).isPresent();
        if (!chosen) {
            form.passwordProperty().set("");
        }
        return chosen;
    }

    static Optional<String> askPassword(Window owner, Messages messages, String title, String message) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        PasswordField field = new PasswordField();
        field.setId("teamPasswordPrompt");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setPadding(new Insets(8));
        row(grid, 0, messages.get("team.connect.password"), field);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = Directions.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Directions.cancel(messages));
        Directions.dialog(dialog.getDialogPane(), messages);
        field.requestFocus();
        return dialog.showAndWait().filter(ok::equals).map(b -> field.getText()).filter(t -> !t.isEmpty());
    }

    private static <T extends TextField> T bound(T field, javafx.beans.property.StringProperty property, String id) {
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        return field;
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        Label name = new Label(label);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "Dat..." for Database
        grid.add(name, 0, row);
        grid.add(field, 1, row);
    }
}
