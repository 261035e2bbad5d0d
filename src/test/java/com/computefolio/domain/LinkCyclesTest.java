package com.computefolio.domain;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The newer deal replaces the older" and "this deal is part of that umbrella" cannot go round in a circle. */
class LinkCyclesTest {

    private final DealValidator validator = new DealValidator();

    private static DealBuilder superseding(String id, String... targets) {
        DealBuilder builder = deal(id).value("1", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12);
        for (String target : targets) {
            builder.link(LinkType.SUPERSEDES, target);
        }
        return builder;
    }

    private List<Problem> problems(Deal... deals) {
        return validator.validatePortfolio(PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon")
                .deals(deals).build());
    }

    @Test
    void twoDealsSupersedingEachOtherAreBothReportedWithTheCycle() {
        assertThat(problems(superseding("a", "b").build(), superseding("b", "a").build()))
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        tuple("deals[0].links[0].deal", "The SUPERSEDES links go round in a circle: a → b → a."),
                        tuple("deals[1].links[0].deal", "The SUPERSEDES links go round in a circle: b → a → b."));
    }

    @Test
    void aDealSupersedingItselfIsALinkToItself() {
        assertThat(problems(superseding("a", "a").build())).extracting(Problem::message).containsExactly("The deal links to itself.");
    }

    @Test
    void aLongerCycleIsSpelledOutFromEachOfItsLinks() {
        List<Problem> found = problems(superseding("a", "b").build(), superseding("b", "c").build(), superseding("c", "d").build(),
                superseding("d", "a").build());

        assertThat(found).hasSize(4);
        assertThat(found.get(2).message()).isEqualTo("The SUPERSEDES links go round in a circle: c → d → a → b → c.");
    }

    @Test
    void onlyTheLinksOnTheCycleAreReportedNotThoseLeadingIntoIt() {
        List<Problem> found = problems(superseding("newest", "a").build(), superseding("a", "b").build(), superseding("b", "a").build(),
                superseding("other", "b").build());

        assertThat(found).extracting(Problem::path).containsExactly("deals[1].links[0].deal", "deals[2].links[0].deal");
    }

    @Test
    void chainsAndSharedTargetsWithoutACycleAreAccepted() {
        assertThat(problems(superseding("c", "b").build(), superseding("b", "a").build(), superseding("a").build(),
                superseding("d", "a", "b").build())).isEmpty();
    }

    @Test
    void otherLinkTypesMayPointBothWays() {
        Deal a = deal("a").link(LinkType.RELATED, "b").link(LinkType.AMENDS, "b").build();
        Deal b = deal("b").link(LinkType.RELATED, "a").link(LinkType.SUPERSEDES, "a").build();

        assertThat(problems(a, b)).isEmpty();
    }

    @Test
    void aChainOfTwentyThousandDealsClosedIntoACircleIsFoundWithoutOverflowingTheStack() {
        List<Deal> deals = new ArrayList<>();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            deals.add(superseding("d" + i, "d" + ((i + 1) % n)).build());
        }
        List<Deal> open = new ArrayList<>(deals);
        open.set(n - 1, superseding("d" + (n - 1)).build());

        List<Problem> found = problems(deals.toArray(Deal[]::new));
        assertThat(found).hasSize(n);
        assertThat(found.get(0).message()).isEqualTo("The SUPERSEDES links go round in a circle: d0 → d1 → … → d0 (20000 deals in the circle).");
        assertThat(problems(open.toArray(Deal[]::new))).isEmpty();
    }

    private static DealBuilder partOf(String id, String umbrella) {
        return deal(id).value("1", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).link(LinkType.PART_OF, umbrella);
    }

    @Test
    void anUmbrellaPartOfItsOwnPartIsReportedWithTheCycleAndItsOwnExpectation() {
        List<Problem> found = problems(partOf("stargate", "oracle").build(), partOf("oracle", "stargate").build());

        assertThat(found).extracting(Problem::path, Problem::message).containsExactly(
                tuple("deals[0].links[0].deal", "The PART_OF links go round in a circle: stargate → oracle → stargate."),
                tuple("deals[1].links[0].deal", "The PART_OF links go round in a circle: oracle → stargate → oracle."));
        assertThat(found.get(0).expected()).contains("one outermost umbrella");
    }

    @Test
    void nestedUmbrellasAndLinksOfOtherKindsBackTheOtherWayAreNoCycle() {
        // A part of a part of an umbrella is nesting, and SUPERSEDES back along a PART_OF link is another kind.
        List<Problem> found = problems(partOf("site", "oracle").build(), partOf("oracle", "stargate").build(),
                superseding("stargate", "site").build());

        assertThat(found).isEmpty();
    }
}
