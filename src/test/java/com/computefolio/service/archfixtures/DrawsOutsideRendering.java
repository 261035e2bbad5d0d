package com.computefolio.service.archfixtures;

import java.awt.Color;

/** Breaks the rule that only service.render and service.export draw: a service class holding an AWT colour. */
public final class DrawsOutsideRendering {
    public Color colour() {
        return Color.RED;
    }
}
