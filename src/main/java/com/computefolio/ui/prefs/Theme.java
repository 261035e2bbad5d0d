package com.computefolio.ui.prefs;

/** The window's colour theme: the AtlantaFX Primer stylesheets, kept in this application's resources. */
public enum Theme {
    LIGHT("/ui/primer-light.css"),
    DARK("/ui/primer-dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The classpath resource of the theme's user-agent stylesheet. */
    public String stylesheet() {
        return stylesheet;
    }
}
