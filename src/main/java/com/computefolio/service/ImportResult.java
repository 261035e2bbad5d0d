package com.computefolio.service;

import java.util.List;

/** What an import added or replaced; produced only when the whole import was applied. */
public record ImportResult(List<String> files, int dealsAdded, int dealsReplaced, int partiesAdded, int sourcesAdded) {
    public ImportResult {
        files = List.copyOf(files);
    }
}
