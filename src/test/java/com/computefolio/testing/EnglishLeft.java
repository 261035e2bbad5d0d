package com.computefolio.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check that an Arabic text has no English left (issue 16): what may stay Latin is taken out first (the
 * values quoted from the user's input in «», the paths and ids the caller names, JSON paths, constants in capitals,
 * date patterns and the names of formats and products), and then no run of three lower-case Latin letters may
 * remain.
 */
public final class EnglishLeft {
    private static final String ALLOWED = "«[^»]*»|\\$\\.[\\w.\\[\\]]+|[A-Za-z_]*[A-Z_]{2,}[A-Za-z_]*|YYYY-MM(-DD)?"
            + "|ISO|JSON|UTF-8|CSV|SQLite|Computefolio|pgpass|pg_hba\\.conf|computefolio_\\w+";

    private EnglishLeft() {
    }

    /** Fails when {@code text}, less the {@code verbatim} parts (paths, ids) and the allowed names, has an English word. */
    public static void assertNoEnglishIn(String text, String... verbatim) {
        String words = text;
        for (String v : verbatim) {
            words = words.replace(v, "");
        }
        words = words.replaceAll(ALLOWED, "");
        assertThat(words).as(text).doesNotContainPattern("[a-z]{3,}");
    }
}
