package com.computefolio.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Where a figure comes from. The id is stable within a portfolio so that figures can share a source. */
public record Source(String id, String publisher, String title, String url, LocalDate published, String quote) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(url, "url");
    }
}
