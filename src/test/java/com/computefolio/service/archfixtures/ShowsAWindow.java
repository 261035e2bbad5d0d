package com.computefolio.service.archfixtures;

import javafx.stage.Stage;

/** Breaks the service layer's allow-list on purpose (ArchitectureRulesTest): a use case that needs a display. */
public final class ShowsAWindow {
    private Stage stage;

    public Stage stage() {
        return stage;
    }
}
