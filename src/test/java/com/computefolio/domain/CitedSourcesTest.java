package com.computefolio.domain;

import static com.computefolio.testing.DealBuilder.deal;
import static com.computefolio.testing.DealBuilder.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The path-free walks meet the same sources, in the same order, as the walks they stand in for. */
class CitedSourcesTest {

    /** Every place that cites sources, each with sources of its own, over two revisions (the second copies the first's figures, claim and option) and two roles. */
    private static Deal everyPlace() {
        Deal built = deal("d").sources(source("V1"), source("V2")).revisionSources(source("R1"))
                .otherFigure(Figure.undisclosed(Confidence.REPORTED, List.of(source("O1"))))
                .capacityClaim(new CapacityClaim(CapacityBasis.values()[0], Confidence.REPORTED, List.of(source("C1")), null, false))
                .option(new DealOption(OptionKind.RENEWAL, null, Figure.undisclosed(Confidence.REPORTED, List.of(source("P1"))),
                        null, null, null))
                .then("2025-06-01").sources(source("V3")).revisionSources(source("R2"), source("V1"))
                .build();
        return built.withRoles(List.of(
                new DealRole(PartyRole.values()[0], "amazon", null, null, List.of(source("L1")), null),
                new DealRole(PartyRole.values()[0], "openai", null, null, List.of(source("L2"), source("R1")), null)));
    }

    @Test
    void listWalkMeetsTheListsOfThePathWalkInItsOrder() {
        Deal deal = everyPlace();
        List<List<Source>> withPaths = new ArrayList<>();
        CitedSources.forEach(deal, (path, list) -> withPaths.add(list));
        List<List<Source>> withoutPaths = new ArrayList<>();

        CitedSources.forEachList(deal, withoutPaths::add);

        assertThat(withoutPaths).containsExactlyElementsOf(withPaths);
        assertThat(withoutPaths.stream().mapToInt(List::size).sum()).isEqualTo(15);
    }

    @Test
    void mappedOrderWalkMeetsTheSourcesInTheOrderTheRewriteSwapsThem() {
        Deal deal = everyPlace();
        List<Source> swapped = new ArrayList<>();
        CitedSources.mapEach(deal, s -> {
            swapped.add(s);
            return s;
        });
        List<Source> walked = new ArrayList<>();

        deal.revisions().forEach(r -> CitedSources.forEachListAsMapped(r, walked::addAll));
        deal.roles().forEach(role -> walked.addAll(role.sources()));

        assertThat(walked).containsExactlyElementsOf(swapped);
        assertThat(walked.stream().map(Source::id)).containsSubsequence("C1", "P1", "V1", "O1", "R1", "L1", "L2");
    }
}
