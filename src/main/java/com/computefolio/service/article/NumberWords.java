package com.computefolio.service.article;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers written as words, one to twelve, in English and in Arabic with the forms a term takes: masculine and
 * feminine, with the article ("السنوات السبع"), ordinal ("السابعة") and the dual of year and month ("سنتين",
 * "عامين", "شهرين"), which carry their number in the noun. ICU's spell-out parser reads plain cardinals but not
 * these forms, so the table is the product's own.
 */
final class NumberWords {
    private static final Map<String, Integer> WORDS = new LinkedHashMap<>();

    static {
        String[][] table = {
            {"1", "one", "واحد", "واحدة", "أول", "الأولى"},
            {"2", "two", "اثنين", "اثنتين", "اثنان", "اثنتان", "ثاني", "الثانية"},
            {"3", "three", "ثلاث", "ثلاثة", "ثالث", "الثالثة"},
            {"4", "four", "أربع", "أربعة", "رابع", "الرابعة"},
            {"5", "five", "خمس", "خمسة", "خامس", "الخامسة"},
            {"6", "six", "ست", "ستة", "سادس", "السادسة"},
            {"7", "seven", "سبع", "سبعة", "سابع", "السابعة"},
            {"8", "eight", "ثماني", "ثمان", "ثمانية", "ثامن", "الثامنة"},
            {"9", "nine", "تسع", "تسعة", "تاسع", "التاسعة"},
            {"10", "ten", "عشر", "عشرة", "عاشر", "العاشرة"},
            {"12", "twelve", "اثني عشر", "اثنتي عشرة"},
        };
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                WORDS.put(FoldedText.fold(row[i]), Integer.parseInt(row[0]));
            }
        }
    }

    private NumberWords() {
    }

    /** An alternation of every number word (folded), for building a rule. */
    static String pattern() {
        String[] words = WORDS.keySet().toArray(String[]::new);
        return Phrases.anyOf(words);
    }

    /** The value of a folded number word or written number; null when it is neither. */
    static Integer value(String folded) {
        String w = folded.trim();
        if (w.matches("\\d{1,4}")) {
            return Integer.parseInt(w);
        }
        if (w.startsWith("ال") && !WORDS.containsKey(w)) {
            w = w.substring(2);
        }
        return WORDS.get(w);
    }

    static final Pattern DIGITS = Pattern.compile("\\d+");
}
