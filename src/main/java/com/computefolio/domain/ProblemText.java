package com.computefolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * What a problem says, as a {@link ProblemKey} and the values it names, so that each reader's language can word
 * it: the domain stays free of bundles, and {@link #english()} gives the sentence every file, log and test
 * compares (ADR 0045). Arguments are kept typed (numbers, dates, money, ids as strings, nested texts) so a
 * reader's language can write numbers in its digits while ids stay verbatim.
 */
public record ProblemText(ProblemKey key, List<Object> args) {

    public ProblemText {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args)); // nulls allowed: "null" as today's texts wrote
    }

    public static ProblemText say(ProblemKey key, Object... args) {
        return new ProblemText(key, Arrays.asList(args));
    }

    /** The sentence in English, exactly as the problem was worded before it had a key. */
    public String english() {
        return fill(key.english(), arg -> arg instanceof ProblemText nested ? nested.english() : englishValue(arg));
    }

    /** A value as the English sentence writes it. */
    public static String englishValue(Object arg) {
        if (arg instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (arg instanceof Money money) {
            return money.toMajor().toPlainString() + " " + money.currency(); // "12.50 USD"
        }

        if (arg instanceof List<?> list) {
            StringJoiner joined = new StringJoiner(ProblemKey.LIST_SEPARATOR.english());
            list.forEach(item -> joined.add(englishValue(item)));
            return joined.toString();

        }
        if (arg instanceof java.time.Month month) {

            String name = month.name();
            return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }

        return String.valueOf(arg);
    }

    /**
     * A template with {0}, {1}... replaced by its arguments as {@code show} writes them. Plain substitution, not
     * MessageFormat: English templates keep their apostrophes ("the deal's value") without quoting rules.
     */
    public String fill(String template, Function<Object, String> show) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                out.append(index < args.size() ? show.apply(args.get(index)) : template.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A count written with thousands separators in English ("1,234"), and in the reader's own way elsewhere. */
    public record Count(long value) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d", value);
        }
    }
}
