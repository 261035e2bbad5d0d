package com.computefolio.io;

import com.computefolio.domain.Problem;
import java.util.List;

/**
 * The text of an input file, or why it could not be read as text.
 *
 * @param fileName the name problems report
 * @param text     the decoded content without a byte-order mark; null when {@code problems} is not empty
 */
public record LoadedText(String fileName, String text, List<Problem> problems) {
    public LoadedText {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static LoadedText refused(String fileName, Problem problem) {
        return new LoadedText(fileName, null, List.of(problem.inFile(fileName)));
    }
}
