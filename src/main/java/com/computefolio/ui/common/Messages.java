package com.computefolio.ui.common;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.text.FailureTexts;
import com.computefolio.service.text.ScenarioNames;
import com.computefolio.service.text.Texts;
import java.text.Collator;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The window's user-visible strings, read from the {@code i18n/messages} bundle. Keys are always
 * literal strings at the call site ({@code messages.get("deals.column.value")}) so that
 * LocalizationConsistencyTest can find every key the code uses; enum labels are the one computed
 * family ({@code enum.DealKind.CHIPS}) and the test checks those per constant. The bundle and the
 * formats come from {@link Texts}, the one place the language is chosen.
 */
public final class Messages {
    public static final String BUNDLE = Texts.MESSAGES;

    private final Texts texts;
    private final ResourceBundle bundle;

    public Messages(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.bundle = texts.messages();
    }

    /** The English texts, whatever the system's locale (tests). */
    public static Messages english() {
        return new Messages(Texts.english());
    }

    /**
     * A failure in the window's language (issue 16): what failed and why, through the one road the command line
     * takes too ({@link FailureTexts}); a library's English only as its details, never as the sentence.
     */
    public String failure(Throwable error) {
        return new FailureTexts(texts).say(error);
    }

    /** The language and formats these messages are in, for numbers and dates shown beside them. */
    public Texts texts() {
        return texts;
    }

    /** The party's name in these messages' language where the register has it (ADR 34), else as stored: what pickers show. */
    public String partyName(Party party) {
        return party.name(texts.locale().getLanguage());
    }

    /** A scenario's name in these messages' language: a built-in one's word, a user's own as named. */
    public String scenarioName(Scenario scenario) {
        return ScenarioNames.of(scenario, texts);
    }

    /** The deal's title in these messages' language where the register has it (ADR 34), else as stored. */
    public String dealTitle(Deal deal) {
        return deal.title(texts.locale().getLanguage());
    }

    /**
     * The order of names as a reader of this language expects it: the language's collation (the Arabic alphabet in
     * Arabic), letter case and accents only breaking ties. Every picker and list of names sorts by it, by the name
     * shown, never by the stored English one.
     */
    public Comparator<String> nameOrder() {
        Collator collator = Collator.getInstance(texts.locale());
        collator.setStrength(Collator.TERTIARY);
        return collator::compare;
    }

    /** Parties in the order of the names shown ({@link #partyName}, {@link #nameOrder}). */
    public Comparator<Party> partyOrder() {
        return Comparator.comparing(this::partyName, nameOrder()).thenComparing(Party::id);
    }

    /** Deals in the order of the titles shown ({@link #dealTitle}, {@link #nameOrder}). */
    public Comparator<Deal> dealOrder() {
        return Comparator.comparing(this::dealTitle, nameOrder()).thenComparing(Deal::id);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The message with {0}, {1}... filled in by {@link MessageFormat}. */
    public String format(String key, Object... args) {
        return texts.format(bundle.getString(key), args);
    }

    /** The display label of an enum constant, from key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String label(Enum<?> constant) {
        if (constant == null) {
            return "";
        }
        String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // Shown rather than thrown so that a new enum constant never breaks the window;
            // LocalizationConsistencyTest fails on it long before a user could see it.
            return constant.name();
        }
    }
}
