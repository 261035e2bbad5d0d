package com.computefolio.cli.archfixtures;

import javafx.application.Platform;

/** Breaks the command line's allow-list on purpose (ArchitectureRulesTest): a command that starts JavaFX. */
public final class StartsJavaFx {
    private StartsJavaFx() {
    }

    public static void start() {
        Platform.startup(() -> { });
    }
}
