package com.computefolio.domain;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a {@link Translations} must keep (ADR 34): a language is a lower-case ISO 639 code, each field
 * is one the owner has, and each text keeps that field's own rule (length, line breaks) from {@link DealLimits}
 * and is not blank: a translation that says nothing would hide the original.
 */
public final class TranslationChecks {
    /** A party translates its name. */
    public static final Map<String, TextRule> PARTY_FIELDS = Map.of(Translations.NAME, DealLimits.NAME);
    /** A deal translates its title and notes. */
    public static final Map<String, TextRule> DEAL_FIELDS = Map.of(Translations.TITLE, DealLimits.TITLE,
            Translations.NOTES, DealLimits.NOTES);
    /** The most languages one party or deal may carry: far more than a register needs, few enough to bound a file. */
    public static final int MAX_LANGUAGES = 50;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final ProblemText LANGUAGE_EXPECTED = ProblemText.say(ProblemKey.EXPECT_LANGUAGE_CODE);

    private TranslationChecks() {
    }

    /** @param path where the translations are, e.g. {@code "translations"} or {@code "$.parties[3].translations"} */
    public static void check(Translations translations, Map<String, TextRule> fields, String path, List<Problem> problems) {
        ListChecks.checkCount(translations.byLanguage().size(), MAX_LANGUAGES, ProblemKey.COUNT_LANGUAGES, path, problems);
        translations.byLanguage().forEach((language, texts) -> {
            String at = path + "." + language;
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add(Problem.at(at, ProblemText.say(ProblemKey.NOT_A_LANGUAGE, shortened(language)), LANGUAGE_EXPECTED));
                return;
            }
            texts.forEach((field, text) -> {
                TextRule rule = fields.get(field);
                if (rule == null) {
                    problems.add(Problem.at(at + "." + shortened(field), ProblemText.say(ProblemKey.NO_FIELD_TO_TRANSLATE, shortened(field)),
                            ProblemText.say(ProblemKey.EXPECT_ONE_OF, String.join(", ", fields.keySet().stream().sorted().toList()))));
                } else if (TextChecks.check(text, rule, at + "." + field, problems) && text.isBlank()) {
                    problems.add(Problem.at(at + "." + field, ProblemText.say(ProblemKey.TRANSLATION_EMPTY),
                            ProblemText.say(ProblemKey.EXPECT_TRANSLATION_TEXT)));

                }
            });
        });
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
