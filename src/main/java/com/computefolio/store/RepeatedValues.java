package com.computefolio.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One copy of each free text (and short list) that repeats within one read of the register: change notes, notes,
 * hardware, labels, tags and sources' titles and quotes are often the same words on thousands of
 * rows (a revision's "Initial report", a GPU model), and each JDBC read makes a new string of them.
 * Unlike {@link SharedValues} (ids and currencies, kept across reads), this table lives only as long
 * as one read: a text that never repeats costs nothing once the read is over. Strings are
 * immutable, so sharing one changes nothing but the memory the register takes. The same holds for
 * short lists that repeat: a revision usually cites the sources its value figure cites, and a deal's
 * tags are a few words. One thread.
 */
final class RepeatedValues {

    private final Map<String, String> seen = new HashMap<>();
    private final Map<List<?>, List<?>> lists = new HashMap<>();

    /** The first equal text read so far, else this one; null stays null. */
    String of(String text) {
        if (text == null) {
            return null;
        }
        String known = seen.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    /**
     * One immutable list for each content read so far (equal elements in the same order): what the
     * domain's constructors keep as it is ({@code List.copyOf} of an immutable list is that list).
     */
    @SuppressWarnings("unchecked")
    <T> List<T> list(List<T> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        List<T> copy = List.copyOf(values);
        List<?> known = lists.putIfAbsent(copy, copy);
        return known == null ? copy : (List<T>) known;
    }
}
