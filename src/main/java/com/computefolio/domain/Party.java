package com.computefolio.domain;

import java.util.Objects;

/** @param translations its name in other languages (ADR 34); never null */
public record Party(String id, String name, PartyKind kind, Translations translations) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        translations = translations == null ? Translations.NONE : translations;
    }

    /** A party with its name in one language only. */
    public Party(String id, String name, PartyKind kind) {
        this(id, name, kind, Translations.NONE);
    }

    /** Its name in the language, else its own name. */
    public String name(String language) {
        return translations.orOriginal(language, Translations.NAME, name);
    }

    public Party withTranslations(Translations newTranslations) {
        return new Party(id, name, kind, newTranslations);
    }
}
