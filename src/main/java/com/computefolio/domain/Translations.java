package com.computefolio.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A party's or deal's own texts in other languages, written by whoever keeps the register (ADR 34): by
 * language code ({@code "ar"}), the translated fields by name ({@code "name"} of a party, {@code "title"}
 * and {@code "notes"} of a deal). The original field stays what it is; a translation only adds. Kept
 * sorted by language and field, so that two equal sets of translations are equal and are written alike.
 */
public record Translations(Map<String, Map<String, String>> byLanguage) {
    /** A party's name. */
    public static final String NAME = "name";
    /** A deal's title. */
    public static final String TITLE = "title";
    /** A deal's notes. */
    public static final String NOTES = "notes";
    public static final Translations NONE = new Translations(Map.of());

    public Translations {
        Objects.requireNonNull(byLanguage, "byLanguage");
        Map<String, Map<String, String>> copy = new TreeMap<>();
        byLanguage.forEach((language, fields) -> {
            Map<String, String> texts = new TreeMap<>();
            if (fields != null) {
                fields.forEach((field, text) -> {
                    if (text != null) {
                        texts.put(Objects.requireNonNull(field, "field"), text);
                    }
                });
            }
            if (!texts.isEmpty()) {
                copy.put(Objects.requireNonNull(language, "language"), Collections.unmodifiableMap(texts));
            }
        });
        byLanguage = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /** The field's text in the language, if the register has one. */
    public Optional<String> text(String language, String field) {
        Map<String, String> fields = byLanguage.get(language);
        return Optional.ofNullable(fields == null ? null : fields.get(field));
    }

    /** The field in the language, else the original (which may be null, as a deal's notes may be). */
    public String orOriginal(String language, String field, String original) {
        return text(language, field).orElse(original);
    }

    /** Every translated text of one field, in language order: what a search looks through besides the original. */
    public List<String> texts(String field) {
        List<String> texts = new ArrayList<>(byLanguage.size());
        for (Map<String, String> fields : byLanguage.values()) {
            String text = fields.get(field);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** These translations with one field of one language set (or removed, when {@code text} is null). */
    public Translations with(String language, String field, String text) {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        byLanguage.forEach((l, fields) -> copy.put(l, new TreeMap<>(fields)));
        copy.computeIfAbsent(language, l -> new TreeMap<>()).put(field, text);
        return new Translations(copy);
    }
}
