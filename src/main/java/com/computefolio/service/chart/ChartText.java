package com.computefolio.service.chart;

import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.text.ScenarioNames;
import com.computefolio.service.text.Texts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The strings of charts, exports and reports, from the resource bundle {@code i18n/export}. Every
 * entry is a {@link MessageFormat} pattern, so arguments, plurals and quotes follow one rule. Bundle
 * and formats come from {@link Texts}, the one place the language is chosen.
 */
public final class ChartText {

    private final Texts texts;
    private final ResourceBundle bundle;

    public ChartText(Texts texts) {
        this.texts = texts;
        this.bundle = texts.export();
    }

    /** The English strings shipped with the application, whatever the system's locale (tests). */
    public static ChartText english() {
        return new ChartText(Texts.english());
    }

    public String get(String key, Object... args) {
        return texts.format(bundle.getString(key), args);
    }

    /** The entry for a key, or the fallback when the bundle has none (e.g. a party's own name). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? get(key) : fallback;
    }

    /** A scenario's name in this language: a built-in one's word, a user's own as named ({@link ScenarioNames}). */
    public String scenarioName(Scenario scenario) {
        return ScenarioNames.of(scenario, texts);
    }

    /** Display name of an enum value ("kind.CLOUD_SERVICES" → "Cloud services"). */
    public String name(String prefix, Enum<?> value) {
        return getOr(prefix + "." + value.name(), value.name());
    }

    /** The language seam these texts come from: for formats that read other words of the same language. */
    public Texts texts() {
        return texts;
    }

    public Locale locale() {
        return texts.locale();
    }
}
