package com.computefolio.store;

import com.computefolio.domain.Problem;
import java.util.List;

/** A write's own checks, run inside its transaction, found problems; nothing was written. */
public class RefusedWriteException extends Exception {
    private final transient List<Problem> problems;

    public RefusedWriteException(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
