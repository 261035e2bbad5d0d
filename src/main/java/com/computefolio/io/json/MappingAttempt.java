package com.computefolio.io.json;

import com.computefolio.domain.Problem;
import java.util.List;

/**
 * The mapping of one part of a file (a deal, a context series): collects its problems and notes
 * when something it needs is missing. Parts missing after the shape check were reported there, so
 * they fail the part without a second problem.
 */
final class MappingAttempt {

    private final List<Problem> problems;
    private final int problemsBefore;
    private boolean incomplete;

    MappingAttempt(List<Problem> problems) {
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    List<Problem> problems() {
        return problems;
    }

    /** The value; a null marks the part as not mappable. */
    <T> T require(T value) {
        if (value == null) {
            incomplete = true;
        }
        return value;
    }

    void requireAll(Object... values) {
        for (Object value : values) {
            require(value);
        }
    }

    boolean failed() {
        return incomplete || problems.size() > problemsBefore;
    }
}
