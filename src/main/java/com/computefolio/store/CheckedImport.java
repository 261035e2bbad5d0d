package com.computefolio.store;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import java.util.List;

/**
 * The checks of an import, run against the register as it stands inside the import's own write
 * transaction: what they decide is what gets written, and no other writer can change the register
 * in between (two processes importing the same new id at once: one adds it, the other replaces it
 * or is refused, never both "added").
 *
 * @param <T> what the import reports (counts), made by the same check that decided the writes
 * @param <X> the refusal the check throws to write nothing
 */
@FunctionalInterface
public interface CheckedImport<T, X extends Exception> {

    Planned<T> check(Portfolio register) throws X;

    /**
     * What {@link #check} will most likely decide, found without the checks (which take seconds for
     * a large file), or null to make no guess. A store may write the guess while {@link #check} runs
     * on another thread, inside the same transaction: it keeps those rows only when the check passes
     * and plans the very same values, and otherwise takes them back before writing what the check
     * decided, so a wrong guess costs time, never a row. Its result is ignored.
     */
    default Planned<T> guess(Portfolio register) {
        return null;
    }

    /**
     * What to write (new parties, deals that add or replace, context series, parties whose name and
     * kind the user chose to replace) and what to report.
     */
    record Planned<T>(List<Party> parties, List<Deal> deals, List<ContextSeries> series, List<Party> replacedParties,
                      T result) {
        public Planned {
            parties = List.copyOf(parties);
            deals = List.copyOf(deals);
            series = List.copyOf(series);
            replacedParties = List.copyOf(replacedParties);
        }

        public Planned(List<Party> parties, List<Deal> deals, List<ContextSeries> series, T result) {
            this(parties, deals, series, List.of(), result);
        }
    }
}
