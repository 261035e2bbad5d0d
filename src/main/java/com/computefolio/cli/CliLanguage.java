package com.computefolio.cli;

import com.computefolio.service.text.Texts;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code --lang ar|en} option, read before picocli builds the command tree: picocli formats the
 * usage help from the bundle it is given when the tree is made, so the language must be known before
 * {@code --help} can be answered in it. The root command also declares the option (so every command
 * accepts it, lists it in its help and refuses an unknown language as a usage error); this class only
 * looks ahead for it. The window's launch path reads the same option name.
 */
public final class CliLanguage {
    /** The option's name, on every command and on the window's command line. */
    public static final String OPTION = "--lang";

    /** The languages the option accepts, as typed. */
    public enum Choice {
        ar, en;

        Locale locale() {
            return Locale.forLanguageTag(name());
        }
    }

    private CliLanguage() {
    }

    /**
     * The language the arguments choose ({@code --lang ar} or {@code --lang=ar}, the last one winning, none after
     * {@code --}), or empty when they choose none or one that is not shipped (picocli then refuses that value).
     */
    public static Optional<Locale> chosen(String... args) {
        Optional<Locale> chosen = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            String value = null;
            if (arg.equals(OPTION) && i + 1 < args.length) {
                value = args[++i];
            } else if (arg.startsWith(OPTION + "=")) {
                value = arg.substring(OPTION.length() + 1);
            }
            if (value != null) {
                Optional<Locale> known = known(value);
                if (known.isPresent()) {
                    chosen = known;
                }
            }
        }
        return chosen;
    }

    /** The texts for these arguments: the chosen language, else the system's (both fall back to English). */
    public static Texts texts(String... args) {
        return Texts.choose(chosen(args));
    }

    private static Optional<Locale> known(String value) {
        for (Choice choice : Choice.values()) {
            if (choice.name().equalsIgnoreCase(value)) {
                return Optional.of(choice.locale());
            }
        }
        return Optional.empty();
    }
}
