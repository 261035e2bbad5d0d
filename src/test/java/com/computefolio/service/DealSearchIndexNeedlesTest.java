package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Needles answered from remembered ones (typing narrows, deleting repeats) find what a fresh search finds. */
class DealSearchIndexNeedlesTest {

    private final Portfolio register = new SyntheticPortfolioGenerator().generate(400, 7);

    @Test
    void typingAndDeletingLetterByLetterMatchesAFreshSearchOfEachNeedle() {
        DealSearchIndex typed = DealSearchIndex.of(register);
        List<String> needles = new ArrayList<>();
        for (String word : List.of("tensor", "corewe", "gpu", "ten")) {
            for (int i = 1; i <= word.length(); i++) {
                needles.add(word.substring(0, i));
            }
            for (int i = word.length() - 1; i >= 1; i--) {
                needles.add(word.substring(0, i));
            }
        }

        for (String needle : needles) {
            assertThat(matches(typed, needle)).as(needle).isEqualTo(matches(DealSearchIndex.of(register), needle));
        }
    }

    @Test
    void needlesInsideAndAroundRememberedOnesMatchAFreshSearch() {
        DealSearchIndex remembering = DealSearchIndex.of(register);
        Random random = new Random(11);
        List<String> texts = register.deals().stream().map(d -> SearchFolding.fold(d.title())).toList();
        int someMatchedNothing = 0;
        for (int i = 0; i < 300; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            int from = random.nextInt(text.length());
            int to = Math.min(text.length(), from + 1 + random.nextInt(6));
            String needle = random.nextInt(5) == 0 ? text.substring(from, to) + "zq" : text.substring(from, to);
            if (needle.isBlank()) {
                continue;
            }
            List<String> fresh = matches(DealSearchIndex.of(register), needle);
            someMatchedNothing += fresh.isEmpty() ? 1 : 0;
            assertThat(matches(remembering, needle)).as(needle).isEqualTo(fresh);
        }
        assertThat(someMatchedNothing).isPositive();
    }

    @Test
    void aNeedleMatchesTheRevisionWhoseNotesHoldItNotTheOthers() {
        DealSearchIndex index = DealSearchIndex.of(register);
        List<String> withHardware = new ArrayList<>();
        register.deals().forEach(d -> d.revisions().stream().filter(r -> r.hardware() != null)
                .forEach(r -> withHardware.add(SearchFolding.fold(r.hardware()))));
        String needle = withHardware.get(0);
        matches(index, needle.substring(0, 1));

        assertThat(matches(index, needle)).isEqualTo(matches(DealSearchIndex.of(register), needle)).isNotEmpty();
    }

    @Test
    void aDealIsSkippedBeforeItIsReadExactlyWhenNoneOfItsRevisionsMatches() {
        DealSearchIndex index = DealSearchIndex.of(register);
        for (String needle : List.of("t", "tensor", "gpu", "zqzq", "a")) {
            DealSearchIndex.TextSearch search = index.search(needle);
            int skipped = 0;
            for (int p = 0; p < index.size(); p++) {
                int position = p;
                boolean anyRevision = java.util.stream.IntStream.range(0, index.deals().get(p).revisions().size())
                        .anyMatch(r -> search.matches(position, r));
                assertThat(search.mayMatch(p)).as(needle + " at " + p).isEqualTo(anyRevision);
                skipped += anyRevision ? 0 : 1;
            }
            if (needle.equals("zqzq")) {
                assertThat(skipped).isEqualTo(index.size());
            }
        }
    }

    /** Every (deal, revision) the needle matches, as "position/revision". */
    private static List<String> matches(DealSearchIndex index, String needle) {
        DealSearchIndex.TextSearch search = index.search(needle);
        List<String> found = new ArrayList<>();
        for (int p = 0; p < index.size(); p++) {
            for (int r = 0; r < index.deals().get(p).revisions().size(); r++) {
                if (search.matches(p, r)) {
                    found.add(p + "/" + r);
                }
            }
        }
        return found;
    }
}
