package com.computefolio.ui.archfixtures;

import javafx.stage.FileChooser;

/** Breaks the dialog rule on purpose (ArchitectureRulesTest): a file chooser outside the dialog service. */
public final class OwnFileChooser {
    private FileChooser chooser;

    public FileChooser chooser() {
        return chooser;
    }
}
