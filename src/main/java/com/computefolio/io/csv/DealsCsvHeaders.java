package com.computefolio.io.csv;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The header words of deals.csv, from the export bundle's {@code csv.column.*} keys: a file exported in Arabic is
 * headed in Arabic, and import reads a header in any language it is given, so the file comes back as it went out (the
 * issue's "headers in the chosen language, data unchanged"). English words are the format's own column names
 * (docs/format.md), so an English file is byte for byte what it always was. The bundles come from the service's Texts,
 * the one place that loads them.
 */
public final class DealsCsvHeaders {

    static final String PREFIX = "csv.column.";

    /** The format's own column names only: what a reader told of no language accepts. */
    static final DealsCsvHeaders NAMES_ONLY = new DealsCsvHeaders(Map.of());

    /** Header word (stripped) to column name, every given language's words together. */
    private final Map<String, String> words;

    private DealsCsvHeaders(Map<String, String> words) {
        this.words = words;
    }

    /** Reads a header in any of these languages' words (the export bundle of each) as well as the column names. */
    public static DealsCsvHeaders of(Collection<ResourceBundle> languages) {
        Map<String, String> words = new HashMap<>();
        for (ResourceBundle bundle : languages) {
            for (String column : DealsCsvColumns.ALL) {
                String word = bundle.getString(PREFIX + column).strip();
                String before = words.putIfAbsent(word, column);
                if (before != null && !before.equals(column) || DealsCsvColumns.ALL.contains(word) && !word.equals(column)) {
                    throw new IllegalArgumentException("one header word for two columns: " + word);
                }
            }
        }
        return new DealsCsvHeaders(Map.copyOf(words));
    }

    /** The header of each column in the order written, in the language of {@code words} (the export bundle). */
    static String[] in(ResourceBundle words) {
        return DealsCsvColumns.ALL.stream().map(column -> words.getString(PREFIX + column)).toArray(String[]::new);
    }

    /** The column a header cell names, as a column name or in a known language; empty for any other word. */
    Optional<String> column(String header) {
        String word = header.strip();
        return DealsCsvColumns.ALL.contains(word) ? Optional.of(word) : Optional.ofNullable(words.get(word));
    }
}
