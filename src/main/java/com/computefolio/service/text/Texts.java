package com.computefolio.service.text;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one seam for language: chooses the locale, loads every resource bundle in it and formats the
 * numbers, dates and months that texts show. The window, the command line, charts and exports all get
 * their texts from one instance, chosen once where each front end starts, so no two parts can speak
 * different languages.
 *
 * <p>English and Arabic are shipped. Any other choice (or system locale) falls back to English, texts and
 * formats alike, so a German system shows "1,234.5" beside English words, never "1.234,5".
 *
 * <p>Digits are a preference of their own ({@link Digits}): Western by default in both languages (as most
 * Gulf financial press prints them), Arabic-Indic when chosen. Every number, date and month these texts
 * write follows it, and so does every number a {@link #format} pattern fills in (ADR 0030).
 */
public final class Texts {
    /** The window: menus, dialogs, the editor, the deals table, the status bar. */
    public static final String MESSAGES = "i18n/messages";
    /** The Charts and Timeline views' own controls. */
    public static final String CHARTS = "i18n/charts";
    /** The command line: usage help (read by picocli, hence the dotted name) and what commands print. */
    public static final String CLI = "i18n.cli";
    /** Charts, exports and reports, drawn the same by the window and the command line. */
    public static final String EXPORT = "i18n/export";
    /** Every bundle of the application. */
    public static final List<String> BUNDLES = List.of(MESSAGES, CHARTS, CLI, EXPORT);
    /**
     * What problems say, keyed by {@link com.computefolio.domain.ProblemKey} names, in every language but English,
     * whose words live beside each key in the domain (ADR 0045): a bundle without a base file.
     */
    public static final String PROBLEMS = "i18n/problems";

    /** The languages shipped, the first being the fallback for any other. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"));

    /**
     * Each bundle exactly as shipped for the chosen language, then the base file: never the JVM's default
     * locale in between, which {@code ResourceBundle.getBundle}'s default lookup would try.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** Dates and months are shown as in the files (ISO 8601) in every language: unambiguous and sortable. */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    /** The language: which bundles are read. */
    private final Locale language;
    private final Digits digits;
    /** The language with its digits as a Unicode extension ("ar-u-nu-latn"): what the JDK's number formats follow. */
    private final Locale numbers;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Texts(Locale language, Digits digits) {
        this.language = language;
        this.digits = Objects.requireNonNull(digits, "digits");
        // The "nu" extension only where the language's own digits differ ("ar-u-nu-latn"), so English stays plain "en".
        this.numbers = java.text.DecimalFormatSymbols.getInstance(language).getZeroDigit() == digits.zero() ? language
                : new Locale.Builder().setLocale(language).setUnicodeLocaleKeyword("nu", digits.numberingSystem()).build();
    }

    /** The languages shipped, English (the fallback and every bundle's base file) first. */
    public static List<Locale> languages() {
        return LANGUAGES;
    }

    /** The user's explicit choice when there is one, else the system's locale; either falls back to English. */
    public static Texts choose(Optional<Locale> chosen) {
        return choose(chosen, Locale.getDefault());
    }

    /** The language as {@link #choose(Optional)} finds it, with the digits chosen, else the language's default ones. */
    public static Texts choose(Optional<Locale> chosen, Optional<Digits> digits) {
        Texts texts = choose(chosen);
        return digits.map(texts::withDigits).orElse(texts);
    }

    static Texts choose(Optional<Locale> chosen, Locale system) {
        return choose(chosen, system, LANGUAGES);
    }

    /** The choice among given languages, the first being the fallback: lets tests try a second language. */
    static Texts choose(Optional<Locale> chosen, Locale system, List<Locale> languages) {
        Locale wanted = chosen.orElse(system);
        Locale language = languages.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst().orElse(languages.get(0));
        return new Texts(language, defaultDigits(language));
    }

    /**
     * The texts of a locale one of these texts handed out ({@link #locale()}, a bundle's {@code getLocale()}: "ar",
     * "ar-u-nu-arab"), digits included: lets a view that was given only its bundle format in the same language and digits.
     */
    public static Texts forLocale(Locale locale) {
        Texts texts = choose(Optional.of(locale), locale);
        // The digits the locale writes, whether named by its "nu" keyword or the language's own (as the constructor sets it).
        char zero = java.text.DecimalFormatSymbols.getInstance(locale).getZeroDigit();
        return java.util.Arrays.stream(Digits.values()).filter(d -> d.zero() == zero).findFirst()
                .map(texts::withDigits).orElse(texts);
    }

    /** The export bundle of every shipped language: what an import accepts a deals.csv header in (DealsCsvHeaders). */
    public static List<ResourceBundle> exportInEveryLanguage() {
        return LANGUAGES.stream().map(language -> new Texts(language, defaultDigits(language)).export()).toList();
    }

    /** Arabic, whatever the system says: for tests of the right-to-left texts. */
    public static Texts arabic() {
        return new Texts(LANGUAGES.get(1), defaultDigits(LANGUAGES.get(1)));
    }

    /** English, whatever the system says: for tests, and for output that must not vary by machine. */
    public static Texts english() {
        return new Texts(LANGUAGES.get(0), Digits.WESTERN);
    }

    /**
     * Western digits for every shipped language, Arabic included: most Gulf financial press, the product's first
     * Arabic readers, prints them, and figures pasted from filings keep their shapes. Arabic-Indic is one choice away.
     */
    static Digits defaultDigits(Locale language) {
        return Digits.WESTERN;
    }

    /** The same language with numbers written in other digits. */
    public Texts withDigits(Digits chosen) {
        return chosen == digits ? this : new Texts(language, chosen);
    }

    /**
     * The language texts are shown in, with the chosen digits when they are not the language's own ("ar-u-nu-latn",
     * "en"): any JDK format made with it (a chart axis's NumberFormat) writes the user's digits too. Compare languages
     * with {@code getLanguage()}.
     */
    public Locale locale() {
        return numbers;
    }

    /** The digits numbers are written in. */
    public Digits digits() {
        return digits;
    }

    /** Whether the language reads right to left, so the window mirrors. */
    public boolean rightToLeft() {
        return language.getLanguage().equals("ar");
    }

    /**
     * A text made elsewhere (a plain decimal, a percentage) with its digits in the chosen shapes. Only for numbers:
     * ids, file names and addresses keep their own characters and must not pass through here.
     */
    public String digits(String number) {
        return digits.shape(number);
    }

    /** One of {@link #BUNDLES} in the chosen language, loaded once. */
    public ResourceBundle bundle(String name) {
        if (!BUNDLES.contains(name)) {
            throw new IllegalArgumentException("not a bundle of the application: " + name);
        }
        return bundles.computeIfAbsent(name, n -> new DigitsBundle(ResourceBundle.getBundle(n, language, NO_DEFAULT_LOCALE), numbers));
    }

    public ResourceBundle messages() {
        return bundle(MESSAGES);
    }

    public ResourceBundle charts() {
        return bundle(CHARTS);
    }

    public ResourceBundle cli() {
        return bundle(CLI);
    }

    public ResourceBundle export() {
        return bundle(EXPORT);
    }

    /** The words of problems in the chosen language, or empty in English, which the domain's keys carry themselves. */
    public Optional<ResourceBundle> problemWords() {
        if (language.equals(LANGUAGES.get(0))) {
            return Optional.empty();
        }
        return Optional.of(bundles.computeIfAbsent(PROBLEMS, n -> new DigitsBundle(ResourceBundle.getBundle(n, language,
                NO_DEFAULT_LOCALE), numbers)));
    }


    /** A bundle's pattern with {0}, {1}... filled in by {@link MessageFormat}, numbers in the chosen language. */
    public String format(String pattern, Object... args) {
        return new MessageFormat(pattern, numbers).format(args);
    }

    /** A whole number with the language's grouping: "1,234,567". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(numbers).format(value);
    }

    /**
     * A decimal with exactly its own digits after the point and no grouping ("38.0", "2.5", "12"): the number
     * part of a money or capacity text, in the language's digits and decimal separator. Never rounded here.
     */
    public String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(numbers);
        format.setGroupingUsed(false);
        int digits = Math.max(0, value.scale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A date as "2026-03-31", in the chosen digits. */
    public String date(LocalDate date) {
        return digits.shape(Objects.requireNonNull(date, "date").toString());
    }

    /** A month, e.g. the start of a term, as "2026-03", in the chosen digits. */
    public String month(YearMonth month) {
        return digits.shape(MONTH.format(month));
    }
}
