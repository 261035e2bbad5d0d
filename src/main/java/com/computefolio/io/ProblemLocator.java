package com.computefolio.io;

import com.computefolio.domain.Problem;
import java.util.List;

/**
 * Places problems found after reading (on domain values) back into the file they came from.
 */
@FunctionalInterface
public interface ProblemLocator {

    /**
     * @param problem a problem whose path is relative to the file's root in JSON terms, with file
     *                positions, e.g. {@code deals[3].revisions[0].value.amount}
     * @return the problem naming the file, line, column and path as the file's format shows them
     */
    Problem locate(Problem problem);

    /** Locates several problems at once, which may be cheaper than one by one (one pass over the file). */
    default List<Problem> locateAll(List<Problem> problems) {
        return problems.stream().map(this::locate).toList();
    }
}
