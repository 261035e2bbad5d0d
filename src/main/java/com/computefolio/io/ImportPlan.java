package com.computefolio.io;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Problem;
import java.util.List;

/**
 * The outcome of checking a set of files against each other and the register: every problem, and,
 * when there are none, exactly what to write.
 *
 * @param newParties parties not yet in the register (parties already there are kept as they are)
 * @param deals      every deal of the files, in file order; deals with an id already in the register replace it
 */
public record ImportPlan(List<Problem> problems, String portfolioName, List<Party> newParties, List<Deal> deals,
                         List<ContextSeries> contextSeries, int dealsAdded, int dealsReplaced, int sourcesAdded) {
    public ImportPlan {
        problems = List.copyOf(problems);
        newParties = List.copyOf(newParties);
        deals = List.copyOf(deals);
        contextSeries = List.copyOf(contextSeries);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Only what a plan without problems writes, as {@link ImportChecker#planWithoutChecks} finds it. */
    public record Writes(List<Party> newParties, List<Deal> deals, List<ContextSeries> contextSeries) {
        public Writes {
            newParties = List.copyOf(newParties);
            deals = List.copyOf(deals);
            contextSeries = List.copyOf(contextSeries);
        }
    }
}
