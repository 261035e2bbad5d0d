package com.computefolio.ui;

import com.computefolio.ui.common.FileOpener;
import java.awt.Desktop;
import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * Opens an exported file, or its folder, with what the desktop offers. Open goes through the
 * application's HostServices (the system's program for the file type). Show in Folder selects the
 * file in the file manager where java.awt.Desktop can (Windows, macOS), else opens the folder
 * through HostServices; both hand the work to the system and return, so nothing can hang the window.
 */
final class DesktopFileOpener implements FileOpener {
    private final HostServices host;

    DesktopFileOpener(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(Path file) {
        host.showDocument(file.toUri().toString());
    }

    @Override
    public void showInFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        // The AWT desktop is asked on a thread of its own: its first use starts AWT, which the FX thread must not wait for.
        Thread thread = new Thread(() -> {
            if (!selectInFileManager(file) && folder != null) {
                host.showDocument(folder.toUri().toString());
            }
        }, "show-in-folder");
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean selectInFileManager(Path file) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                Desktop.getDesktop().browseFileDirectory(file.toFile());
                return true;
            }
        } catch (RuntimeException e) {
            // headless, or the desktop refused: open the folder the plain way instead
        }
        return false;
    }
}
