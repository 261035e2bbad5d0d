package com.computefolio.cli;

import com.computefolio.domain.Problem;
import java.io.PrintWriter;
import java.util.List;

/** One problem per line in the compiler-like form editors can jump to: {@code file:line:col: path: message (expected ...)}. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter err) {
        for (Problem p : problems) {
            err.println(p.describe());
        }
        err.flush();
    }
}
