package com.computefolio.ui.common;

import com.computefolio.domain.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every dialog and file chooser the window shows goes through here, so that view models can ask
 * the user something and tests can answer for the user. All texts are already localized.
 */
public interface DialogService {

    /** An OK/Cancel question; true for OK. */
    boolean confirm(String title, String message);

    /**
     * A question with one button per choice, in order; empty when the user closed the dialog.
     *
     * @param label the button text of each choice
     */
    <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label);

    /** An error with a list of details (e.g. every problem of an import), shown in a scrollable area. */
    void showError(String title, String message, List<String> details);

    void showInfo(String title, String message);

    /** A line of text from the user (e.g. a name to save under); empty when the user cancelled. */
    Optional<String> askText(String title, String message, String initial);

    /**
     * File > Connect to Team Database: the user fills {@code form} (OK stays off while the form has
     * a problem); false when the user cancelled.
     */
    boolean editTeamConnection(TeamConnectForm form);

    /** A password, typed into a masked field and never shown; empty when the user cancelled. */
    Optional<String> askPassword(String title, String message);

    /**
     * A reference sheet of two columns (a key and what it does; a topic and its explanation),
     * scrollable, for Help > Keyboard Shortcuts and Help > User Guide.
     */
    void showSheet(String title, String intro, List<Map.Entry<String, String>> rows);

    /**
     * Asks for a source's publisher, title, address, date and quote; empty when the user cancels.
     *
     * @param initial the source to edit, or null for a new one (whose id the editor assigns)
     */
    Optional<Source> editSource(Source initial);

    Optional<Path> openFile(FileSpec spec);

    List<Path> openFiles(FileSpec spec);

    Optional<Path> saveFile(FileSpec spec);

    /**
     * The save chooser of an export ({@link ExportFileChooser}): opens in the folder of the last
     * export, and returns a file whose name agrees with its type, with the index of that type in
     * {@code spec.types()}. Empty when the user cancels.
     */
    Optional<SaveChoice> saveExport(FileSpec spec);

    /** The one confirmation after an export ({@link ExportedNotice}): where it went, Open, Show in Folder. */
    void showExported(String title, String message, Path file);

    /** A file chosen for saving and the index of its type among those offered. */
    record SaveChoice(Path file, int type) {
    }

    /** What a file chooser offers. */
    record FileSpec(String title, List<FileType> types, Path initialDirectory, String initialFileName) {
        public FileSpec {
            types = List.copyOf(types);
        }

        public static FileSpec of(String title, FileType... types) {
            return new FileSpec(title, List.of(types), null, null);
        }

        public FileSpec withInitialFileName(String name) {
            return new FileSpec(title, types, initialDirectory, name);
        }

        public FileSpec withInitialDirectory(Path directory) {
            return new FileSpec(title, types, directory, initialFileName);
        }
    }

    /** A file type filter: "SQLite portfolio (*.db)" with patterns like "*.db". */
    record FileType(String description, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }

        public static FileType of(String description, String... patterns) {
            return new FileType(description, List.of(patterns));
        }
    }
}
