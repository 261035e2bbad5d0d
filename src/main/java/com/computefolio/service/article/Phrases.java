package com.computefolio.service.article;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the rules' words, written as a reader writes them (with hamza, ta marbuta, capitals), into patterns over
 * folded text, so that the tables stay readable and the folding is done in one place.
 */
final class Phrases {
    private Phrases() {
    }

    /** An alternation of the folded phrases, longest first so that "ما يصل إلى" wins over "إلى". */
    static String anyOf(String... phrases) {
        return Arrays.stream(phrases).map(FoldedText::fold).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Phrases::quoteSpaced)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * Matches one of the phrases as whole words; an Arabic word may carry a one-letter proclitic (و ب ل ف ك) or
     * the article (ال، لل، بال، وال) before it.
     */
    static Pattern words(String... phrases) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + PROCLITIC + ")?" + anyOf(phrases) + "(?![\\p{L}\\p{N}])");
    }

    /** A word's start: nothing alphanumeric before it, or an Arabic proclitic that is. */
    static final String PROCLITIC = "وال|بال|لل|فال|ال|و|ب|ل|ف|ك";

    private static String quoteSpaced(String folded) {
        // A space in a phrase matches any run of spaces or a hyphen: "five-year", "five year".
        return Arrays.stream(folded.split(" ", -1)).map(Pattern::quote).collect(Collectors.joining("[\\s\\-]+"));
    }
}
