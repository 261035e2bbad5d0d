package com.computefolio.ui.archfixtures;

import javafx.scene.control.Label;

/** Breaks the view-model rule on purpose (ArchitectureRulesTest): a view model that holds a control. */
public final class ControlHoldingViewModel {
    private Label label;

    public Label label() {
        return label;
    }
}
