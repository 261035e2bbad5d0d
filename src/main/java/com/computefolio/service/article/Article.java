package com.computefolio.service.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as the analyst gave it: its text and what they know of where it came from. The text is
 * kept exactly as given, so that offsets into it (see {@link Evidence}) point at what the analyst sees.
 *
 * @param text      the article, in English, Arabic or both; never blank
 * @param url       where it was published, or null when not given (a proposal then has no source URL and says so)
 * @param publisher who published it, or null
 * @param published the day it was published, or null; relative dates ("on Monday", "يوم الاثنين") are resolved
 *                  against it and left unresolved without it
 * @param title     its headline, or null
 */
public record Article(String text, String url, String publisher, LocalDate published, String title) {
    public Article {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an article needs some text");
        }
    }
}
