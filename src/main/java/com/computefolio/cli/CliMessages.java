package com.computefolio.cli;

import com.computefolio.service.text.Texts;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts the commands print themselves, read from the same bundle as the usage help
 * ({@code i18n/cli.properties}) so that one file holds every word the command line says. Bundle and
 * formats come from {@link Texts}, the one place the language is chosen.
 */
public final class CliMessages {
    public static final String BUNDLE = Texts.CLI;

    private final Texts texts;
    private final ResourceBundle bundle;

    public CliMessages(Texts texts) {
        this.texts = texts;
        this.bundle = texts.cli();
    }

    /**
     * Over the bundle picocli hands an option mixin ({@link Cli} gives picocli the one from {@link Texts}),
     * formatted in that bundle's language.
     */
    public CliMessages(ResourceBundle bundle) {
        this.texts = Texts.choose(Optional.of(bundle.getLocale()));
        this.bundle = bundle;
    }

    /** The texts of an explicitly chosen language (English or Arabic; any other falls back to English). */
    public static CliMessages forLocale(Locale locale) {
        return new CliMessages(Texts.choose(Optional.of(locale)));
    }

    /** The language seam these messages speak through: the services of the run format in the same language. */
    public Texts texts() {
        return texts;
    }

    /** Whether the language reads right to left (Arabic): tables then put their first column on the right. */
    public boolean rightToLeft() {
        return ULocale.forLocale(texts.locale()).isRightToLeft();
    }

    /**
     * An enum constant as a table or a deal's page shows it: in English the constant itself (ACTIVE, UP_TO), which is what
     * the options and files take and what scripts read; in another language the term the window, the report and the
     * exports use ({@code enum.Type.CONSTANT} of the messages), else the constant.
     */
    public String term(Enum<?> value) {
        if (value == null || Locale.ENGLISH.getLanguage().equals(texts.locale().getLanguage())) {
            return value == null ? "" : value.name();
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        ResourceBundle words = texts.messages();
        return words.containsKey(key) ? words.getString(key) : value.name();
    }

    /**
     * A group's heading in a table: the service's label in English (as before, "Cloud services"), the term of the
     * reader's language for a group of deals by kind, status or confidence (the key is the constant's name).
     */
    public String groupLabel(com.computefolio.service.GroupBy by, String key, String label) {
        if (Locale.ENGLISH.getLanguage().equals(texts.locale().getLanguage()) || key == null) {
            return label;
        }
        return switch (by) {
            case KIND -> term(com.computefolio.domain.DealKind.valueOf(key));
            case STATUS -> term(com.computefolio.domain.DealStatus.valueOf(key));
            case CONFIDENCE -> term(com.computefolio.domain.Confidence.valueOf(key));
            default -> label;
        };
    }

    /** Items joined with the language's comma ("a, b" in English, "a، b" in Arabic). */
    public String list(java.util.Collection<String> items) {
        return String.join(bundle.getString("list.separator"), items);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for a key with {0}-style arguments filled in. Every message goes through
     * MessageFormat, with or without arguments, so an apostrophe is always written as two ('').
     */
    public String get(String key, Object... args) {
        return texts.format(bundle.getString(key), args);
    }
}
