package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportDecisionTest {

    @Test
    void problemsAreSortedByFileThenLineAndEachIsListedOnce() {
        Problem b12 = new Problem("b.json", 12, 3, "$.deals[1].id", "Bad id.", null);
        Problem a40 = new Problem("a.json", 40, 1, "$.deals[4].title", "Bad title.", null);
        Problem a7 = new Problem("a.json", 7, 9, "$.parties[0].id", "Bad party.", null);
        Problem general = Problem.at(null, "No files.");

        List<Problem> sorted = ImportDecision.sorted(List.of(b12, a40, a7, b12, general, a7));

        assertThat(sorted).containsExactly(general, a7, a40, b12);
    }
}
