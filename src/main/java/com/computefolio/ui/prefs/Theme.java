package com.computefolio.ui.prefs;

/** The window's colour theme; both are AtlantaFX Primer stylesheets. */
public enum Theme {
    LIGHT("/atlantafx/base/theme/primer-light.css"),
    DARK("/atlantafx/base/theme/primer-dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The classpath resource of the theme's user-agent stylesheet. */
    public String stylesheet() {
        return stylesheet;
    }
}
