package com.computefolio.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * The window's own command-line options besides {@code --db}: {@code --lang ar|en}, the same option name the
 * commands take. A language given here wins over the one remembered, for this run only.
 */
final class WindowArguments {
    static final String LANG_OPTION = "--lang";

    private WindowArguments() {
    }

    /** The value of {@code --lang} ({@code --lang ar} or {@code --lang=ar}) among raw arguments, if present. */
    static Optional<Locale> language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(LANG_OPTION) && i + 1 < args.length) {
                return tag(args[i + 1]);
            }
            if (args[i].startsWith(LANG_OPTION + "=")) {
                return tag(args[i].substring(LANG_OPTION.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Locale> tag(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(value.strip()));
    }
}
