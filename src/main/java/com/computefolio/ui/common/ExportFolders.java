package com.computefolio.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where an export's file chooser opens: the folder of the last export, remembered between runs;
 * the first time the user's Documents folder, else the home folder. Never the folder the program
 * was started from, which is often the installation's or a terminal's and not where files belong.
 */
public final class ExportFolders {
    private final Supplier<Path> remembered;
    private final Consumer<Path> remember;
    private final Path home;

    /**
     * @param remembered the folder remembered (null when none)
     * @param remember   keeps a folder for the next time
     * @param home       the user's home folder
     */
    public ExportFolders(Supplier<Path> remembered, Consumer<Path> remember, Path home) {
        this.remembered = remembered;
        this.remember = remember;
        this.home = home;
    }

    /** Kept for this run only: for tests and windows without preferences. */
    public static ExportFolders inMemory(Path home) {
        Path[] last = new Path[1];
        return new ExportFolders(() -> last[0], folder -> last[0] = folder, home);
    }

    /** The folder the next export's chooser opens in. */
    public Path initial() {
        Path last = remembered.get();
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        return usual();
    }

    /** The user's Documents folder, else the home folder: where any chooser without a better idea opens. */
    public Path usual() {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** Remembers the folder of a file the user chose to export to. */
    public void exportedTo(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            remember.accept(folder);
        }
    }
}
