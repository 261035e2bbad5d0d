package com.computefolio.store;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One object for values that repeat across a register's rows: party ids, currencies, publishers,
 * dates. Each JDBC read makes a new string (and each date a new LocalDate), and 100,000 deals read
 * hundreds of thousands of copies of a few thousand values, a large part of the window's heap.
 * All these values are immutable, so sharing them changes nothing but the memory they take.
 */
final class SharedValues {

    /** Past this many values a table starts afresh rather than grow without bound. */
    private static final int MAX = 200_000;
    private static final ConcurrentHashMap<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Integer, LocalDate> DATES = new ConcurrentHashMap<>();

    private SharedValues() {
    }

    /** The one copy of a short text that repeats (an id, a currency, a publisher); null stays null. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        if (TEXTS.size() >= MAX) {
            TEXTS.clear();
        }
        String known = TEXTS.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /** The one LocalDate of a day; an impossible day throws as LocalDate.of does. */
    static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return LocalDate.of(year, month, day);
        }
        int key = (year * 13 + month) * 32 + day;
        LocalDate known = DATES.get(key);
        if (known == null) {
            known = LocalDate.of(year, month, day);
            if (DATES.size() >= MAX) {
                DATES.clear();
            }
            DATES.put(key, known);
        }
        return known;
    }
}
