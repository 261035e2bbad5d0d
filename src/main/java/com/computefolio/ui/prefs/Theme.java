package com.computefolio.ui.prefs;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The window's colour theme: AtlantaFX's Primer light and dark user-agent stylesheets. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The classpath resource of the theme's user-agent stylesheet. */
    public String stylesheet() {
        return stylesheet;
    }
}
