package com.computefolio.service;

import com.computefolio.domain.Source;
import java.util.List;

/** One deal's part in one cell of a timeline. */
public record Contribution(String dealId, String dealTitle, long amount, String confidence, List<Source> sources) {
    public Contribution {
        sources = List.copyOf(sources);
    }
}
