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
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final int MAX_DETAIL_LINES_SHOWN = 500;
    /** The width a long message wraps at, as JavaFX's own alerts wrap theirs (the pane is at least 420 wide). */
    private static final double MESSAGE_WIDTH = 400;

    private final Window owner;
    private final Messages messages;
    private final ExportFolders folders;
    private final ExportFileChooser exportChooser;
    private final ExportedNotice exported;

    /** Exports open in the home folder's Documents (remembered for this run only) and cannot be opened from the notice. */
    public FxDialogService(Window owner, Messages messages) {
        this(owner, messages, ExportFolders.inMemory(Path.of(System.getProperty("user.home"))), FileOpener.NONE);
    }

    /**
     * @param exportFolders where export choosers open, remembered between runs
     * @param opener        opens an exported file or its folder from the export's notice
     */
    public FxDialogService(Window owner, Messages messages, ExportFolders exportFolders, FileOpener opener) {
        this.owner = owner;
        this.messages = messages;
        this.folders = exportFolders;
        this.exportChooser = new ExportFileChooser(this::showSaveChooser, this, exportFolders, messages);
        // A notice, not a question: the information icon, with the notice's buttons.
        this.exported = new ExportedNotice((title, message, labels) -> pick(Alert.AlertType.INFORMATION, title, message, labels),
                opener, messages);
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
        return pick(Alert.AlertType.CONFIRMATION, title, message, choices.stream().map(label).toList()).map(choices::get);
    }

    /** One button per label, the first the default and the last the one that closes; the index of the one pressed. */
    private Optional<Integer> pick(Alert.AlertType kind, String title, String message, List<String> labels) {
        Alert alert = alert(kind, title, message);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            ButtonBar.ButtonData data = i == 0 ? ButtonBar.ButtonData.YES
                    : i == labels.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER;
            buttons.add(new ButtonType(labels.get(i), data));
        }
        alert.getButtonTypes().setAll(buttons);
        // Each button as wide as its label ("2x (1,280 x 800 px)" was cut to "2x (1,2..."), the dialog as wide as they need.
        for (ButtonType type : buttons) {
            ((Region) alert.getDialogPane().lookupButton(type)).setMinWidth(Region.USE_PREF_SIZE);
        }
        ButtonBar bar = (ButtonBar) alert.getDialogPane().lookup(".button-bar");
        if (bar != null) {
            bar.setButtonMinWidth(0);
            // In the order given (1x, 2x, 3x, 4x, Cancel), not the platform's order of button kinds, which put the default after the others.
            bar.setButtonOrder(ButtonBar.BUTTON_ORDER_NONE);
        }
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        Directions.dialog(dialog.getDialogPane(), messages);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        // A name the user types (a saved view's, a scenario's) runs the way its words do.
        TypedDirection.follow(dialog.getEditor());
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public boolean editTeamConnection(TeamConnectForm form) {
        return FxTeamDialogs.editConnection(owner, messages, form);
    }

    @Override
    public Optional<String> askPassword(String title, String message) {
        return FxTeamDialogs.askPassword(owner, messages, title, message);
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (!details.isEmpty()) {
            List<String> shown = details.size() > MAX_DETAIL_LINES_SHOWN ? details.subList(0, MAX_DETAIL_LINES_SHOWN) : details;
            List<String> lines = new ArrayList<>(shown);
            if (shown.size() < details.size()) {
                lines.add(messages.format("dialog.error.more", details.size() - shown.size()));
            }
            Region area = details(lines, Math.min(12, shown.size() + 1));
            VBox.setVgrow(area, Priority.ALWAYS);
            VBox box = new VBox(6, new Label(messages.get("dialog.error.details")), area);
            alert.getDialogPane().setContent(new VBox(8, paragraph(message), box));
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
        grid.setId("sheetRows");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new javafx.geometry.Insets(4, 12, 4, 4));
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i).getKey());
            key.setStyle("-fx-font-weight: bold;");
            key.setMinWidth(Label.USE_PREF_SIZE);
            WrappedText value = new WrappedText(rows.get(i).getValue());
            value.setMaxWidth(520);
            grid.addRow(i, key, value);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(460, 30.0 * rows.size() + 10));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(10, new WrappedText(intro), scroll));
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

    @Override
    public Optional<SaveChoice> saveExport(FileSpec spec) {
        return exportChooser.choose(spec);
    }

    @Override
    public void showExported(String title, String message, Path file) {
        exported.show(title, message, file);
    }

    /** The platform's chooser with the first type selected; returns the file as typed and the type then selected. */
    private Optional<SaveChoice> showSaveChooser(FileSpec spec) {
        FileChooser chooser = chooser(spec);
        if (!chooser.getExtensionFilters().isEmpty()) {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        int type = Math.max(0, chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter()));
        return Optional.of(new SaveChoice(file.toPath(), type));
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Directions.dialog(alert.getDialogPane(), messages);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (Directions.hasRightToLeft(message)) {
            // JavaFX's own content label wraps Arabic wrongly (see ParagraphLines): our paragraph in its place.
            alert.getDialogPane().setContent(paragraph(message));
        } else {
            alert.setContentText(message);
        }
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }

    /**
     * The lines under an error ("file, line, field: problem"), one paragraph each. Lines in Arabic are paragraphs of
     * ours in a scrolled list: in a text area JavaFX would wrap them its own way and move a path or a bracket out of
     * its place in the sentence (ADR 55); English lines stay in a read-only text area, to copy from.
     */
    private static Region details(List<String> lines, int rows) {
        if (lines.stream().noneMatch(Directions::hasRightToLeft)) {
            TextArea area = new TextArea(String.join("\n", lines));
            area.setId("errorDetails");
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(rows);
            return area;
        }
        VBox list = new VBox(4);
        list.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        for (String line : lines) {
            list.getChildren().add(new WrappedText(line));
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(list);
        scroll.setId("errorDetails");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(rows * 22.0 + 8);
        return scroll;
    }

    /** A dialog's message as a paragraph that wraps, at most about as wide as JavaFX's own alerts wrap theirs. */
    private static WrappedText paragraph(String message) {
        WrappedText paragraph = new WrappedText(message);
        paragraph.setId("dialogMessage");
        paragraph.setWrapWidth(MESSAGE_WIDTH);
        return paragraph;
    }

    private FileChooser chooser(FileSpec spec) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(spec.title());
        for (FileType type : spec.types()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        // Never the folder the program was started from, which the platform's chooser would otherwise show.
        Path directory = spec.initialDirectory() != null && Files.isDirectory(spec.initialDirectory())
                ? spec.initialDirectory() : folders.usual();
        chooser.setInitialDirectory(directory.toFile());
        if (spec.initialFileName() != null) {
            chooser.setInitialFileName(spec.initialFileName());
        }
        return chooser;
    }
}
