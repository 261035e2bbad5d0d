package com.computefolio.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts the commands print themselves, read from the same bundle as the usage help
 * ({@code i18n/cli.properties}) so that one file holds every word the command line says.
 */
public final class CliMessages {
    public static final String BUNDLE = "i18n.cli";

    private final ResourceBundle bundle;

    public CliMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static CliMessages forLocale(Locale locale) {
        return new CliMessages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for a key with {0}-style arguments filled in. Every message goes through
     * MessageFormat, with or without arguments, so an apostrophe is always written as two ('').
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        MessageFormat format = new MessageFormat(pattern, bundle.getLocale());
        return format.format(args);
    }
}
