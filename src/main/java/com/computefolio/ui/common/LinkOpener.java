package com.computefolio.ui.common;

/** Opens a web address in the system browser (HostServices in the window, a recorder in tests). */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
