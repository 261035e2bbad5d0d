package com.computefolio.domain;

import java.util.List;
import java.util.Locale;

/** The check that a list stays within its limit ({@link DealLimits}), shared by the deal and revision checks. */
final class ListChecks {

    private ListChecks() {
    }

    static void checkCount(int size, int max, String what, String path, List<Problem> problems) {
        if (size > max) {
            problems.add(Problem.at(path, String.format(Locale.ROOT, "The list holds %,d %s.", size, what),
                    String.format(Locale.ROOT, "at most %,d %s", max, what)));
        }
    }
}
