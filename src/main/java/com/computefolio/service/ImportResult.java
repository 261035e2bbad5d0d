package com.computefolio.service;

import java.util.List;

/**
 * What an import really did, produced only when the whole import was applied: for deals, parties
 * and sources, how many were added, replaced (new content over an existing id), unchanged (the
 * register already had them exactly so; not written again) and, for parties and sources, kept as
 * the register had them although the files said otherwise (the user chose "keep existing").
 */
public record ImportResult(List<String> files, int dealsAdded, int dealsReplaced, int dealsUnchanged,
                           int partiesAdded, int partiesReplaced, int partiesUnchanged, int partiesKept,
                           int sourcesAdded, int sourcesReplaced, int sourcesUnchanged, int sourcesKept,
                           int auditEntriesIgnored) {
    public ImportResult {
        files = List.copyOf(files);
    }

    /** An import of files without an audit trail. */
    public ImportResult(List<String> files, int dealsAdded, int dealsReplaced, int dealsUnchanged,
                        int partiesAdded, int partiesReplaced, int partiesUnchanged, int partiesKept,
                        int sourcesAdded, int sourcesReplaced, int sourcesUnchanged, int sourcesKept) {
        this(files, dealsAdded, dealsReplaced, dealsUnchanged, partiesAdded, partiesReplaced, partiesUnchanged, partiesKept,
                sourcesAdded, sourcesReplaced, sourcesUnchanged, sourcesKept, 0);
    }

    /** Only additions and replacements of deals: what a seed or a plain count reports. */
    public ImportResult(List<String> files, int dealsAdded, int dealsReplaced, int partiesAdded, int sourcesAdded) {
        this(files, dealsAdded, dealsReplaced, 0, partiesAdded, 0, 0, 0, sourcesAdded, 0, 0, 0);
    }
}
