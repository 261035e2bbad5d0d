package com.computefolio.service.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a folded sentence, resolved against the article's date where the words name a day: "on Monday",
 * "يوم الاثنين 3 نوفمبر", "November 3, 2025", "3 تشرين الثاني", "yesterday". Words that name no single day ("last
 * week", "earlier this month", "in 2024", "سبتمبر 2025") are read too, unresolved, so that a sentence holding them
 * is not dropped silently. Month names: English, Egyptian and Gulf (يناير … ديسمبر), Levantine and Iraqi (كانون
 * الثاني … كانون الأول) and Maghrebi (جانفي …).
 */
final class DateReader {

    /** A date the article writes: the day when the words name one (and the article's date allows), else null. */
    record StatedDate(LocalDate day) {
    }

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();

    static {
        String[][] months = {
            {"january", "jan", "يناير", "كانون الثاني", "جانفي"},
            {"february", "feb", "فبراير", "شباط", "فيفري"},
            {"march", "mar", "مارس", "آذار"},
            {"april", "apr", "أبريل", "ابريل", "نيسان", "أفريل"},
            {"may", "مايو", "أيار", "ماي"},
            {"june", "jun", "يونيو", "يونيه", "حزيران", "جوان"},
            {"july", "jul", "يوليو", "يوليه", "تموز", "جويلية"},
            {"august", "aug", "أغسطس", "آب", "أوت"},
            {"september", "sept", "sep", "سبتمبر", "أيلول"},
            {"october", "oct", "أكتوبر", "تشرين الأول"},
            {"november", "nov", "نوفمبر", "تشرين الثاني"},
            {"december", "dec", "ديسمبر", "كانون الأول"},
        };
        for (int i = 0; i < months.length; i++) {
            for (String name : months[i]) {
                MONTHS.put(FoldedText.fold(name), i + 1);
            }
        }
        String[][] days = {
            {"monday", "الاثنين", "الإثنين"}, {"tuesday", "الثلاثاء"}, {"wednesday", "الأربعاء"}, {"thursday", "الخميس"},
            {"friday", "الجمعة"}, {"saturday", "السبت"}, {"sunday", "الأحد"},
        };
        for (int i = 0; i < days.length; i++) {
            for (String name : days[i]) {
                WEEKDAYS.put(FoldedText.fold(name), DayOfWeek.of(i + 1));
            }
        }
    }

    private static final String MONTH = "(" + Phrases.anyOf(MONTHS.keySet().toArray(String[]::new)) + ")";
    private static final String WEEKDAY_EN = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String WEEKDAY_AR = "(" + Phrases.anyOf("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
            "الأحد") + ")";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})\\s?" + MONTH + "\\.?(?:,?\\s" + YEAR
            + ")?(?![\\p{L}\\p{N}])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH + "\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,?\\s" + YEAR + ")?(?![\\p{L}\\p{N}])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.PROCLITIC + ")?" + MONTH
            + "\\s" + YEAR + "(?![\\p{L}\\p{N}])");
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])(?:(?:on|last|this)\\s)?" + WEEKDAY_EN + "(?![\\p{L}])|"
            + Phrases.anyOf("يوم", "في يوم") + "\\s" + WEEKDAY_AR + "(?![\\p{L}])");
    private static final Pattern YESTERDAY = Pattern.compile("(?<![\\p{L}])(?:yesterday|" + Phrases.anyOf("أمس", "بالأمس") + ")(?![\\p{L}])");
    private static final Pattern VAGUE = Pattern.compile("(?<![\\p{L}])" + Phrases.anyOf("last week", "last month", "last year",
            "earlier this month", "earlier this year", "earlier this week", "this week", "next month", "next year",
            "الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "في وقت سابق من هذا الشهر", "في وقت سابق هذا الشهر",
            "في وقت سابق من هذا العام", "هذا الأسبوع", "الشهر المقبل", "العام المقبل") + "(?![\\p{L}])");
    private static final Pattern LONE_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,$])" + YEAR + "(?![\\p{N}.,%])");

    private DateReader() {
    }

    static List<Hit<StatedDate>> read(String folded, LocalDate articleDate) {
        List<Hit<StatedDate>> hits = new ArrayList<>();
        Matcher m = DAY_MONTH.matcher(folded);
        while (m.find()) {
            add(hits, m.start(), m.end(), folded, day(articleDate, m.group(3), MONTHS.get(m.group(2)), m.group(1)));
        }
        m = MONTH_DAY.matcher(folded);
        while (m.find()) {
            add(hits, m.start(), m.end(), folded, day(articleDate, m.group(3), MONTHS.get(m.group(1)), m.group(2)));
        }
        m = MONTH_YEAR.matcher(folded);
        while (m.find()) {
            add(hits, m.start(), m.end(), folded, null);
        }
        m = WEEKDAY.matcher(folded);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            LocalDate day = articleDate == null ? null
                    : articleDate.with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(name)));
            int end = m.end();
            // "يوم الاثنين 3 نوفمبر", "Monday, Nov. 3": the explicit date that follows decides.
            Hit<StatedDate> next = hits.stream().filter(h -> h.start() >= end && h.start() <= end + 2).findFirst().orElse(null);
            if (next != null) {
                hits.remove(next);
                hits.add(new Hit<>(m.start(), next.end(), next.value(), folded.substring(m.start(), next.end())));
            } else {
                add(hits, m.start(), end, folded, day);
            }
        }
        m = YESTERDAY.matcher(folded);
        while (m.find()) {
            add(hits, m.start(), m.end(), folded, articleDate == null ? null : articleDate.minusDays(1));
        }
        m = VAGUE.matcher(folded);
        while (m.find()) {
            add(hits, m.start(), m.end(), folded, null);
        }
        m = LONE_YEAR.matcher(folded);
        while (m.find()) {
            add(hits, m.start(), m.end(), folded, null);
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void add(List<Hit<StatedDate>> hits, int start, int end, String folded, LocalDate day) {
        if (hits.stream().anyMatch(h -> h.start() < end && start < h.end())) {
            return;
        }
        hits.add(new Hit<>(start, end, new StatedDate(day), folded.substring(start, end)));
    }

    /** The day, its year taken from the article when not written (the latest such day not after the article's week). */
    private static LocalDate day(LocalDate articleDate, String year, Integer month, String dayOfMonth) {
        if (month == null) {
            return null;
        }
        int d = Integer.parseInt(dayOfMonth);
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, d);
            }
            if (articleDate == null) {
                return null;
            }
            LocalDate guess = LocalDate.of(articleDate.getYear(), month, d);
            return guess.isAfter(articleDate.plusDays(7)) ? guess.minusYears(1) : guess;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
