package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportDecisionTest {

    @Test
    void problemsAreSortedByFileThenLineAndEachIsListedOnce() {
        Problem b12 = new Problem("b.json", 12, 3, "$.deals[1].id", ProblemText.say(ProblemKey.DEAL_NO_ID), null);
        Problem a40 = new Problem("a.json", 40, 1, "$.deals[4].title", ProblemText.say(ProblemKey.DEAL_NO_TITLE), null);
        Problem a7 = new Problem("a.json", 7, 9, "$.parties[0].id", ProblemText.say(ProblemKey.PARTY_NO_NAME, "x"), null);
        Problem general = Problem.at(null, ProblemText.say(ProblemKey.NO_FILES_TO_IMPORT));

        List<Problem> sorted = ImportDecision.sorted(List.of(b12, a40, a7, b12, general, a7));

        assertThat(sorted).containsExactly(general, a7, a40, b12);
    }
}
