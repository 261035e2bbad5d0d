package com.computefolio.io;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import java.util.List;

/** A file read on its own: the portfolio when it is valid, otherwise every problem found (and no portfolio). */
public record ReadResult(Portfolio portfolio, List<Problem> problems) {
    public ReadResult {
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (portfolio == null)) {
            throw new IllegalArgumentException("a read result has either a portfolio or problems");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Checks a parsed file on its own (an empty register) and gives its portfolio if it is valid. */
    public static ReadResult of(ParsedFile file, ImportChecker checker) {
        ImportPlan plan = checker.check(List.of(file), Portfolio.empty(null));
        if (!plan.ok()) {
            return new ReadResult(null, plan.problems());
        }
        return new ReadResult(new Portfolio(file.portfolioName(), file.partyValues(), file.dealValues(),
                file.contextSeriesValues()), List.of());
    }
}
