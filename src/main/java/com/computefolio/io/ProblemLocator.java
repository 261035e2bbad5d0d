package com.computefolio.io;

import com.computefolio.domain.Problem;

/**
 * Places a problem found after reading (on domain values) back into the file it came from.
 */
@FunctionalInterface
public interface ProblemLocator {

    /**
     * @param problem a problem whose path is relative to the file's root in JSON terms, with file
     *                positions, e.g. {@code deals[3].revisions[0].value.amount}
     * @return the problem naming the file, line, column and path as the file's format shows them
     */
    Problem locate(Problem problem);
}
