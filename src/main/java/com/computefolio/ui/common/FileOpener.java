package com.computefolio.ui.common;

import java.nio.file.Path;

/** Hands a written file to the desktop: open it in its program, or show it in its folder. */
public interface FileOpener {
    void open(Path file);

    void showInFolder(Path file);

    /** For windows without a desktop to hand files to (tests): does nothing. */
    FileOpener NONE = new FileOpener() {
        @Override
        public void open(Path file) {
        }

        @Override
        public void showInFolder(Path file) {
        }
    };
}
