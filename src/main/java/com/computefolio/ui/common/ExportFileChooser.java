package com.computefolio.ui.common;

import com.computefolio.ui.common.DialogService.FileSpec;
import com.computefolio.ui.common.DialogService.SaveChoice;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The save chooser of every export: opens in the export folder ({@link ExportFolders}) with the
 * first offered type selected, then makes the typed name and the chosen type agree
 * ({@link ExportNames#resolve}); a name with the extension of a format this export cannot write is
 * asked about, never written as something it is not.
 */
public final class ExportFileChooser {
    private final Function<FileSpec, Optional<SaveChoice>> chooser;
    private final DialogService dialogs;
    private final ExportFolders folders;
    private final Messages messages;

    /**
     * @param chooser the platform's save chooser: the file as typed and the index of the type selected
     * @param dialogs asks about a conflicting extension
     */
    public ExportFileChooser(Function<FileSpec, Optional<SaveChoice>> chooser, DialogService dialogs, ExportFolders folders,
                             Messages messages) {
        this.chooser = chooser;
        this.dialogs = dialogs;
        this.folders = folders;
        this.messages = messages;
    }

    /** The file to export to and the index of its type in {@code spec.types()}; empty when the user cancels. */
    public Optional<SaveChoice> choose(FileSpec spec) {
        FileSpec opening = spec.initialDirectory() == null ? spec.withInitialDirectory(folders.initial()) : spec;
        Optional<SaveChoice> typed = chooser.apply(opening);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        ExportNames.Resolution resolved = ExportNames.resolve(typed.get().file(), spec.types(), typed.get().type());
        if (resolved.conflict() && !confirmRename(typed.get(), resolved, spec)) {
            return Optional.empty();
        }
        folders.exportedTo(resolved.file());
        return Optional.of(new SaveChoice(resolved.file(), resolved.type()));
    }

    private boolean confirmRename(SaveChoice typed, ExportNames.Resolution resolved, FileSpec spec) {
        String asTyped = typed.file().getFileName().toString();
        String renamed = resolved.file().getFileName().toString();
        List<Boolean> answers = List.of(true, false);
        return dialogs.choose(messages.get("file.export.otherType.title"),
                        messages.format("file.export.otherType", asTyped, ExportNames.extensionOf(typed.file()).toUpperCase(),
                                spec.types().get(resolved.type()).description()),
                        answers, save -> save ? messages.format("file.export.otherType.rename", renamed)
                                : messages.get("file.export.otherType.cancel"))
                .orElse(false);
    }
}
