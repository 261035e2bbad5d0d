package com.computefolio.service.article;

import com.computefolio.domain.ValueBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money in a folded sentence: "$38 billion", "$38B", "US$1.25bn", "USD 10 billion", "38 مليار دولار",
 * "1.4 تريليون دولار", "$38 مليار"; the words before it that bound it ("up to", "more than", "about", "حتى",
 * "أكثر من", "نحو") and those after it that make it a rate ("a month", "شهرياً", "a year", "سنوياً").
 */
final class MoneyReader {
    private static final String SCALE_EN = "(trillion|billion|million|tn|bn|mn|b|m|t)";
    private static final String SCALE_AR = "(" + Phrases.anyOf("تريليون", "تريليونات", "مليار", "مليارات", "مليون", "ملايين") + ")";
    private static final String DOLLAR_AR = Phrases.anyOf("دولار أمريكي", "دولار", "دولارات", "دولاراً");
    private static final String N = "(" + Numbers.NUMBER + ")";

    private static final Pattern SYMBOL_FIRST = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(us\\s?\\$|usd\\s?|\\$|€|eur\\s?|£)\\s?" + N + "(?:\\s?" + SCALE_EN + "(?![\\p{L}])|\\s" + SCALE_AR
                    + "(?:\\s" + DOLLAR_AR + ")?)?");
    private static final Pattern WORDS_AFTER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])" + N + "\\s?(?:" + SCALE_AR + "\\s" + DOLLAR_AR + "|" + SCALE_EN
                    + "\\s(?:us\\s)?(dollars|usd)|(trillion|billion|million)\\s(?:euros|eur))(?![\\p{L}])");

    private static final Pattern UP_TO = Pattern.compile(Phrases.anyOf("up to", "as much as", "as high as", "a maximum of",
            "حتى", "ما يصل إلى", "يصل إلى", "تصل إلى", "بحد أقصى") + "\\s*$");
    private static final Pattern AT_LEAST = Pattern.compile(Phrases.anyOf("more than", "at least", "over", "in excess of",
            "أكثر من", "ما يزيد على", "ما يزيد عن", "لا يقل عن", "ما لا يقل عن", "يزيد على") + "\\s*$");
    private static final Pattern ABOUT = Pattern.compile(Phrases.anyOf("about", "roughly", "around", "approximately", "nearly",
            "almost", "some", "an estimated", "نحو", "حوالي", "قرابة", "ما يقارب", "تقريباً", "زهاء", "نحوِ") + "\\s*$");
    private static final Pattern PER_MONTH = Pattern.compile("^\\s*" + Phrases.anyOf("a month", "per month", "each month",
            "every month", "monthly", "شهرياً", "في الشهر", "كل شهر", "شهريا"));
    private static final Pattern PER_YEAR = Pattern.compile("^\\s*" + Phrases.anyOf("a year", "per year", "each year",
            "every year", "annually", "per annum", "سنوياً", "في السنة", "في العام", "كل عام", "كل سنة", "سنويا"));

    private MoneyReader() {
    }

    static List<Hit<StatedMoney>> read(String folded) {
        List<Hit<StatedMoney>> hits = new ArrayList<>();
        Matcher m = SYMBOL_FIRST.matcher(folded);
        while (m.find()) {
            String currency = currency(m.group(1));
            String scale = m.group(3) != null ? m.group(3) : m.group(4);
            add(hits, folded, m.start(), m.end(), m.group(2), scale, currency);
        }
        Matcher w = WORDS_AFTER.matcher(folded);
        while (w.find()) {
            if (overlaps(hits, w.start(), w.end())) {
                continue;
            }
            String scale = w.group(2) != null ? w.group(2) : w.group(3) != null ? w.group(3) : w.group(5);
            String currency = w.group(5) != null ? "EUR" : "USD";
            add(hits, folded, w.start(), w.end(), w.group(1), scale, currency);
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void add(List<Hit<StatedMoney>> hits, String folded, int start, int end, String number, String scale,
                            String currency) {
        BigDecimal amount = Numbers.parse(number).multiply(multiplier(scale));
        if (amount.signum() <= 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            return;
        }
        String before = folded.substring(Math.max(0, start - 40), start);
        String after = folded.substring(end, Math.min(folded.length(), end + 25));
        int from = start;
        ValueBasis basis = ValueBasis.TOTAL_OVER_TERM;
        Matcher bound;
        if ((bound = UP_TO.matcher(before)).find()) {
            basis = ValueBasis.UP_TO;
            from = start - before.length() + bound.start();
        } else if ((bound = AT_LEAST.matcher(before)).find()) {
            basis = ValueBasis.AT_LEAST;
            from = start - before.length() + bound.start();
        } else if ((bound = ABOUT.matcher(before)).find()) {
            basis = ValueBasis.ABOUT;
            from = start - before.length() + bound.start();
        }
        int to = end;
        Matcher rate;
        if ((rate = PER_MONTH.matcher(after)).find()) {
            basis = ValueBasis.PER_MONTH;
            to = end + rate.end();
        } else if ((rate = PER_YEAR.matcher(after)).find()) {
            basis = ValueBasis.PER_YEAR;
            to = end + rate.end();
        }
        hits.add(new Hit<>(from, to, new StatedMoney(amount.stripTrailingZeros(), currency, basis), folded.substring(from, to)));
    }

    private static boolean overlaps(List<Hit<StatedMoney>> hits, int start, int end) {
        return hits.stream().anyMatch(h -> h.start() < end && start < h.end());
    }

    private static String currency(String symbol) {
        String s = symbol.replace(" ", "");
        if (s.startsWith("€") || s.startsWith("eur")) {
            return "EUR";
        }
        return s.startsWith("£") ? "GBP" : "USD";
    }

    private static BigDecimal multiplier(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        String s = scale.trim();
        if (s.equals("trillion") || s.equals("tn") || s.equals("t") || s.startsWith(FoldedText.fold("تريليون"))) {
            return BigDecimal.TEN.pow(12);
        }
        if (s.equals("billion") || s.equals("bn") || s.equals("b") || s.startsWith(FoldedText.fold("مليار"))) {
            return BigDecimal.TEN.pow(9);
        }
        return BigDecimal.TEN.pow(6); // million, mn, m, مليون, ملايين
    }
}
