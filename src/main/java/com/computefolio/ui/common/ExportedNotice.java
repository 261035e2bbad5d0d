package com.computefolio.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one confirmation of every export: where the file went, with Open and Show in Folder. A
 * dialog rather than a status line, because the next thing a user does with a fresh export is
 * usually to open it or find it.
 */
public final class ExportedNotice {
    /** The buttons, in order; the last closes. */
    enum Action { OPEN, SHOW_IN_FOLDER, CLOSE }

    /** Shows the notice with one button per label; the index of the button pressed, empty when closed. */
    @FunctionalInterface
    public interface Buttons {
        Optional<Integer> press(String title, String message, List<String> labels);
    }

    private final Buttons buttons;
    private final FileOpener opener;
    private final Messages messages;

    public ExportedNotice(Buttons buttons, FileOpener opener, Messages messages) {
        this.buttons = buttons;
        this.opener = opener;
        this.messages = messages;
    }

    public void show(String title, String message, Path file) {
        List<Action> actions = List.of(Action.values());
        buttons.press(title, message, actions.stream().map(this::label).toList()).map(actions::get).ifPresent(action -> {
            switch (action) {
                case OPEN -> opener.open(file);
                case SHOW_IN_FOLDER -> opener.showInFolder(file);
                case CLOSE -> { }
            }
        });
    }

    private String label(Action action) {
        return switch (action) {
            case OPEN -> messages.get("file.export.open");
            case SHOW_IN_FOLDER -> messages.get("file.export.showInFolder");
            case CLOSE -> messages.get("file.export.close");
        };
    }
}
