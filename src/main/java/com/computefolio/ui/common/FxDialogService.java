package com.computefolio.ui.common;

import com.computefolio.domain.Source;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final int MAX_DETAIL_LINES_SHOWN = 500;

    private final Window owner;
    private final Messages messages;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Source> editSource(Source initial) {
        return FxSourceDialog.show(owner, messages, initial);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            ButtonBar.ButtonData data = i == 0 ? ButtonBar.ButtonData.YES
                    : i == choices.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER;
            buttons.add(new ButtonType(label.apply(choices.get(i)), data));
        }
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0).map(choices::get);
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (!details.isEmpty()) {
            List<String> shown = details.size() > MAX_DETAIL_LINES_SHOWN ? details.subList(0, MAX_DETAIL_LINES_SHOWN) : details;
            TextArea area = new TextArea(String.join("\n", shown)
                    + (shown.size() < details.size() ? "\n" + messages.format("dialog.error.more", details.size() - shown.size()) : ""));
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(12, shown.size() + 1));
            VBox.setVgrow(area, Priority.ALWAYS);
            VBox box = new VBox(6, new Label(messages.get("dialog.error.details")), area);
            alert.getDialogPane().setContent(new VBox(8, new Label(message), box));
            alert.getDialogPane().setPrefWidth(640);
            alert.setResizable(true);
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showSheet(String title, String intro, List<Map.Entry<String, String>> rows) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, intro);
        alert.setGraphic(null);
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new javafx.geometry.Insets(4, 12, 4, 4));
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i).getKey());
            key.setStyle("-fx-font-weight: bold;");
            key.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(rows.get(i).getValue());
            value.setWrapText(true);
            value.setMaxWidth(520);
            grid.addRow(i, key, value);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(460, 30.0 * rows.size() + 10));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label introLabel = new Label(intro);
        introLabel.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(10, introLabel, scroll));
        alert.getDialogPane().setPrefWidth(760);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> openFile(FileSpec spec) {
        return Optional.ofNullable(chooser(spec).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> openFiles(FileSpec spec) {
        List<File> files = chooser(spec).showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveFile(FileSpec spec) {
        return Optional.ofNullable(chooser(spec).showSaveDialog(owner)).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }

    private static FileChooser chooser(FileSpec spec) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(spec.title());
        for (FileType type : spec.types()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        if (spec.initialDirectory() != null && Files.isDirectory(spec.initialDirectory())) {
            chooser.setInitialDirectory(spec.initialDirectory().toFile());
        }
        if (spec.initialFileName() != null) {
            chooser.setInitialFileName(spec.initialFileName());
        }
        return chooser;
    }
}
