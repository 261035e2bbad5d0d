package com.computefolio.service.archfixtures;

import java.util.Locale;
import java.util.ResourceBundle;

/** Breaks the locale seam on purpose (ArchitectureRulesTest): a bundle loaded past Texts. */
public final class OwnBundle {
    private OwnBundle() {
    }

    public static ResourceBundle load() {
        return ResourceBundle.getBundle("i18n/messages", Locale.getDefault());
    }
}
