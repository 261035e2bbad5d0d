package com.computefolio.service.text;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Money;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Problems in the reader's language: the sentence of a {@link ProblemText} from the bundle of {@link Texts#PROBLEMS}
 * (or the English beside its {@link ProblemKey}), with its values written by {@link Texts}: numbers, dates, months
 * and money in the reader's digits, ids, file names, JSON names and quoted input verbatim (ADR 0045). The location
 * (file, line, column, path) is technical and stays as written in every language; a front end that can set a
 * direction shows it left to right.
 */
public final class ProblemTexts {
    private final Texts texts;
    private final ResourceBundle words;

    public ProblemTexts(Texts texts) {
        this.texts = texts;
        this.words = texts.problemWords().orElse(null);
    }

    /** Problems as the files, logs and machine output write them: English with Western digits. */
    public static ProblemTexts english() {
        return new ProblemTexts(Texts.english());
    }

    /** Whether the reader's language is written right to left. */
    public boolean rightToLeft() {
        return texts.rightToLeft();
    }

    /** A count as the reader writes it: "1,234" in English, in the chosen digits elsewhere. */
    public String count(long value) {
        return words == null ? new ProblemText.Count(value).toString() : texts.number(value);
    }

    /** The sentence, in the reader's language. */

    public String say(ProblemText text) {
        return text.fill(template(text.key()), this::value);
    }

    /** What is wrong, in the reader's language. */
    public String message(Problem problem) {
        return say(problem.text());
    }

    /** What would be accepted, in the reader's language, or null. */
    public String expected(Problem problem) {
        return problem.expectation() == null ? null : say(problem.expectation());
    }

    /** What is wrong and what would be accepted, without the location: "The deal has no title. (expected ...)". */
    public String sentence(Problem problem) {
        return problem.expectation() == null ? message(problem)
                : say(ProblemText.say(ProblemKey.WITH_EXPECTED, problem.text(), problem.expectation()));
    }

    /** The whole line as {@link Problem#describe()} writes it, in the reader's language: location, then the sentence. */
    public String describe(Problem problem) {
        return problem.location() + sentence(problem);
    }

    private String template(ProblemKey key) {
        return words != null && words.containsKey(key.name()) ? words.getString(key.name()) : key.english();
    }

    private String value(Object arg) {
        if (arg instanceof ProblemText nested) {
            return say(nested);
        }
        if (words == null) {
            return ProblemText.englishValue(arg); // English stays exactly as the files and logs have always read
        }
        if (arg instanceof ProblemText.Count count) {
            return texts.number(count.value());
        }
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
            return texts.digits(String.valueOf(arg)); // no grouping, as the English writes these (years, offsets)
        }
        if (arg instanceof BigDecimal decimal) {
            return texts.digits(decimal.toPlainString());
        }
        if (arg instanceof LocalDate date) {
            return texts.date(date);
        }
        if (arg instanceof YearMonth month) {
            return texts.month(month);
        }
        if (arg instanceof Month month) {
            return month.getDisplayName(TextStyle.FULL_STANDALONE, texts.locale());
        }
        if (arg instanceof Money money) {
            return texts.digits(money.toMajor().toPlainString()) + " " + money.currency();
        }
        if (arg instanceof Capacity capacity) {
            return say(ProblemText.say(ProblemKey.UNIT_GW, capacity.gigawatts()));
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(this::value).collect(Collectors.joining(template(ProblemKey.LIST_SEPARATOR)));
        }
        return String.valueOf(arg); // ids, names, quoted input, JSON names and enum constants: as written
    }

    /** For tests: the bundle behind the reader's words, if not English. */
    Optional<ResourceBundle> words() {
        return Optional.ofNullable(words);
    }
}
