package com.computefolio.service;

import com.computefolio.domain.Problem;
import java.util.List;

/** Input was refused; nothing was written. Carries every problem found, not only the first. */
public class ValidationException extends Exception {
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).describe()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
