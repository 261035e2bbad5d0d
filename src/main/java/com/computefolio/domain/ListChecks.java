package com.computefolio.domain;

import java.util.List;

/** The check that a list stays within its limit ({@link DealLimits}), shared by the deal and revision checks. */
final class ListChecks {

    private ListChecks() {
    }

    /** @param what the items the list holds, as a key whose text takes the count ("{0} options") */
    static void checkCount(int size, int max, ProblemKey what, String path, List<Problem> problems) {
        if (size > max) {
            problems.add(Problem.at(path, ProblemText.say(ProblemKey.LIST_TOO_LONG, ProblemText.say(what, new ProblemText.Count(size))),
                    ProblemText.say(ProblemKey.EXPECT_AT_MOST, ProblemText.say(what, new ProblemText.Count(max)))));

        }
    }
}
