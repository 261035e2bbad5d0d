package com.computefolio.service.text;

import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A loaded bundle whose {@link #getLocale()} is the language with the chosen digits ("ar-u-nu-arab"), so a
 * view that fills a pattern with {@code new MessageFormat(pattern, bundle.getLocale())} writes its numbers in
 * the user's digits too, the same as {@link Texts#format}: no road around the preference is left open.
 */
final class DigitsBundle extends ResourceBundle {
    private final ResourceBundle loaded;
    private final Locale locale;

    DigitsBundle(ResourceBundle loaded, Locale locale) {
        this.loaded = loaded;
        this.locale = locale;
    }

    @Override
    protected Object handleGetObject(String key) {
        return loaded.containsKey(key) ? loaded.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return loaded.getKeys();
    }

    @Override
    protected Set<String> handleKeySet() {
        return loaded.keySet();
    }

    @Override
    public Locale getLocale() {
        return locale;
    }
}
