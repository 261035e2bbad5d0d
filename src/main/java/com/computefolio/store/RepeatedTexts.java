package com.computefolio.store;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each free text that repeats within one read of the register: change notes, notes,
 * hardware, labels, tags and sources' titles and quotes are often the same words on thousands of
 * rows (a revision's "Initial report", a GPU model), and each JDBC read makes a new string of them.
 * Unlike {@link SharedValues} (ids and currencies, kept across reads), this table lives only as long
 * as one read: a text that never repeats costs nothing once the read is over. Strings are
 * immutable, so sharing one changes nothing but the memory the register takes. One thread.
 */
final class RepeatedTexts {

    private final Map<String, String> seen = new HashMap<>();

    /** The first equal text read so far, else this one; null stays null. */
    String of(String text) {
        if (text == null) {
            return null;
        }
        String known = seen.putIfAbsent(text, text);
        return known == null ? text : known;
    }
}
