package com.computefolio.service.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time in a folded sentence, in months: "over seven years", "a five-year deal", "for 18 months",
 * "على مدى السنوات السبع المقبلة", "لمدة خمس سنوات", "سنتين". A length is a deal's term only when a term's words go
 * with it ({@link Hit#value()} of {@link Duration#isTerm()}): "over", "for", "على مدى", "لمدة", "-year deal";
 * "18 months ago" is a length but no term.
 */
final class DurationReader {

    /** A length of time and whether the words make it a term. */
    record Duration(int months, boolean isTerm) {
    }

    private static final String NUM = "(\\d{1,3}|" + NumberWords.pattern() + ")";
    private static final String YEARS = Phrases.anyOf("years", "year", "yrs", "سنوات", "سنة", "سنين", "أعوام", "عاماً", "عام", "عاما");
    private static final String MONTHS = Phrases.anyOf("months", "month", "أشهر", "شهراً", "شهور", "شهر", "شهرا");
    private static final String DUAL_YEARS = Phrases.anyOf("سنتين", "سنتان", "عامين", "عامان");
    private static final String DUAL_MONTHS = Phrases.anyOf("شهرين", "شهران");
    private static final String ARTICLE_YEARS = Phrases.anyOf("السنوات", "الأعوام", "السنين");
    private static final String ARTICLE_MONTHS = Phrases.anyOf("الأشهر", "الشهور");

    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])" + NUM + "[\\s\\-]?(?:(" + YEARS + ")|(" + MONTHS + "))(?![\\p{L}])");
    private static final Pattern UNIT_NUMBER = Pattern.compile(
            "(?<![\\p{L}])(?:(" + ARTICLE_YEARS + ")|(" + ARTICLE_MONTHS + "))\\s(?:ال)?" + NUM + "(?![\\p{L}])");
    private static final Pattern DUAL = Pattern.compile(
            "(?<![\\p{L}])(?:" + Phrases.PROCLITIC + ")?(?:(" + DUAL_YEARS + ")|(" + DUAL_MONTHS + "))(?![\\p{L}])");

    private static final Pattern TERM_BEFORE = Pattern.compile(Phrases.anyOf("over", "over the next", "over the coming",
            "for", "for the next", "spanning", "lasting", "a term of", "على مدى", "على مدار", "لمدة", "مدتها", "مدته",
            "خلال", "على امتداد", "تمتد", "يمتد", "for a period of") + "\\s(?:the\\s|a\\s|an\\s|next\\s|coming\\s|roughly\\s|about\\s|around\\s|nearly\\s|almost\\s|some\\s|"
            + "approximately\\s|نحو\\s|حوالي\\s|قرابة\\s)*$");
    // "a six-year cloud computing deal": up to two words between the length and the word that makes it a term.
    private static final Pattern TERM_AFTER = Pattern.compile("^\\s?(?:[\\p{L}\\-]+\\s){0,2}" + Phrases.anyOf("deal", "contract", "agreement",
            "partnership", "commitment", "term", "lease", "المقبلة", "القادمة", "المقبله"));
    private static final Pattern PAST = Pattern.compile(Phrases.anyOf("ago", "earlier", "الماضية", "الماضي", "الأخيرة")
            + "");

    private DurationReader() {
    }

    static List<Hit<Duration>> read(String folded) {
        List<Hit<Duration>> hits = new ArrayList<>();
        Matcher m = NUMBER_UNIT.matcher(folded);
        while (m.find()) {
            Integer n = NumberWords.value(m.group(1));
            if (n != null && n > 0) {
                add(hits, folded, m.start(), m.end(), m.group(2) != null ? n * 12 : n);
            }
        }
        Matcher u = UNIT_NUMBER.matcher(folded);
        while (u.find()) {
            Integer n = NumberWords.value(u.group(3));
            if (n != null && n > 0) {
                add(hits, folded, u.start(), u.end(), u.group(1) != null ? n * 12 : n);
            }
        }
        Matcher d = DUAL.matcher(folded);
        while (d.find()) {
            add(hits, folded, d.start(), d.end(), d.group(1) != null ? 24 : 2);
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void add(List<Hit<Duration>> hits, String folded, int start, int end, int months) {
        if (hits.stream().anyMatch(h -> h.start() < end && start < h.end())) {
            return;
        }
        String before = folded.substring(Math.max(0, start - 30), start);
        String after = folded.substring(end, Math.min(folded.length(), end + 40));
        Matcher tb = TERM_BEFORE.matcher(before);
        boolean termBefore = tb.find();
        boolean termAfter = TERM_AFTER.matcher(after).find();
        boolean past = PAST.matcher(after).lookingAt() || PAST.matcher(after.stripLeading()).lookingAt()
                || after.stripLeading().startsWith("ago");
        int from = termBefore ? start - before.length() + tb.start() : start;
        boolean isTerm = (termBefore || termAfter) && !past;
        hits.add(new Hit<>(from, end, new Duration(months, isTerm), folded.substring(from, end)));
    }
}
