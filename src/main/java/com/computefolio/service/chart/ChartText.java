package com.computefolio.service.chart;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The strings of charts, exports and reports, from the resource bundle {@code i18n/export}. Every
 * entry is a {@link MessageFormat} pattern, so arguments, plurals and quotes follow one rule.
 */
public final class ChartText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public ChartText(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** The English strings shipped with the application. */
    public static ChartText english() {
        return new ChartText(ResourceBundle.getBundle("i18n.export", Locale.ENGLISH));
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The entry for a key, or the fallback when the bundle has none (e.g. a party's own name). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? get(key) : fallback;
    }

    /** Display name of an enum value ("kind.CLOUD_SERVICES" → "Cloud services"). */
    public String name(String prefix, Enum<?> value) {
        return getOr(prefix + "." + value.name(), value.name());
    }

    public Locale locale() {
        return locale;
    }
}
