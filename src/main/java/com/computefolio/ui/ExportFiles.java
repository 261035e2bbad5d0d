package com.computefolio.ui;

import java.nio.file.Path;
import java.util.Locale;

/** File-name rules shared by the window's exports. */
final class ExportFiles {
    private ExportFiles() {
    }

    /**
     * The chosen file, with {@code .extension} added when the user typed a name without it (some
     * platforms' choosers do not add it), so the file opens in the program its type calls for.
     */
    static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return chosen;
        }
        return chosen.resolveSibling(name + "." + extension);
    }
}
