package com.computefolio.service.chart;

import com.computefolio.domain.ContextSeries;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a context series measures, read from words in its id: the short names ({@code revenue},
 * {@code loss}) that {@code --overlay} accepts beside the series' ids, and the window's toggles.
 */
public enum ContextKind {
    REVENUE("revenue"),
    LOSS("loss"),
    CAPEX("capex"),
    /** A published total of all commitments: its points are statements of one total, so they all conflict. */
    COMMITMENTS("commitments"),
    ONLINE("online");

    private final String word;

    ContextKind(String word) {
        this.word = word;
    }

    /** The name users type: "revenue", "loss", "capex", "commitments", "online". */
    public String word() {
        return word;
    }

    /** The kind whose word is a part of the series' id ("openai-operating-loss": loss), if any. */
    public static Optional<ContextKind> of(ContextSeries series) {
        List<String> parts = Arrays.asList(series.id().toLowerCase(Locale.ROOT).split("-"));
        return Arrays.stream(values()).filter(k -> parts.contains(k.word)).findFirst();
    }
}
