package com.computefolio.app;

import java.util.List;
import java.util.Optional;

/**
 * The portfolios shipped in the jar (the {@code data/} folder) that a user can import by name. A
 * register no longer has to start with any of them (issue 14): {@code init --empty} and the
 * window's New start empty, and {@code import --dataset NAME} brings one in through the ordinary
 * checked import. Adding a dataset is one line here and its file in {@code data/}.
 */
public final class Datasets {
    private static final List<Dataset> BUNDLED = List.of(
            new Dataset("openai", "openai-portfolio.json"),
            new Dataset("ai-buyers", "ai-buyers-portfolio.json"));

    private Datasets() {
    }

    /** Every bundled dataset, in the order listed. */
    public static List<Dataset> bundled() {
        return BUNDLED;
    }

    /** The dataset of that name (case-insensitive), if one is bundled. */
    public static Optional<Dataset> find(String name) {
        return BUNDLED.stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /**
     * One bundled portfolio file.
     *
     * @param name what the user types after {@code --dataset}
     * @param file its file name in {@code data/} (and so in the jar's {@code /data/})
     */
    public record Dataset(String name, String file) {
        String resource() {
            return "/data/" + file;
        }
    }
}
