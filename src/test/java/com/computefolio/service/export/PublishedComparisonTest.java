package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ContextFixtures;
import com.computefolio.service.chart.SourceIndex;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.GroupBy;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.scenario.Stress;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The comparison page on the chart fixtures, by hand: AWS $38B over 84 months from 2025-11, Oracle
 * $300B over 60 months from 2027-01, AMD $90B (estimate) over 48 months from 2026-07, CoreWeave up
 * to $22.4B over 60 months from 2025-03, Broadcom undisclosed. Total $450.4B; through 2030 AWS has
 * paid 62 of its 84 months (45,238,095,238 cents a month, 8 cents more in the first 8) and Oracle 48
 * of 60 ($240B); AMD and CoreWeave are done by then.
 */
class PublishedComparisonTest {

    private final PublishedComparison comparison = new PublishedComparison(ChartFixtures.analysis(), ChartText.english());
    private final Portfolio portfolio = ContextFixtures.portfolio();
    private final SourceIndex sources = SourceIndex.of(List.of(ContextFixtures.ALTMAN, ContextFixtures.CNBC));

    @Test
    void theDefaultViewsRowHoldsExactTotalsAWindowAndTheCeilings() {
        PublishedComparison.Row row = comparison.row(portfolio, DealFilter.ALL, "default");

        long awsThrough2030 = 62 * 45_238_095_238L + 8;
        assertThat(row.totalMinor()).isEqualTo(45_040_000_000_000L);
        assertThat(row.throughWindowMinor()).isEqualTo(awsThrough2030 + 24_000_000_000_000L + 9_000_000_000_000L + 2_240_000_000_000L);
        assertThat(row.ceilingsMinor()).isEqualTo(2_240_000_000_000L);
        assertThat(row.undisclosed()).isEqualTo(1);
    }

    @Test
    void thePageComparesWithEachPublishedTotalAndExplainsTheDifference() {
        PublishedComparison.Page page = comparison.page(portfolio, DealFilter.ALL, sources);

        assertThat(page.header()).endsWith("vs $1,400B stated (2025-10)", "vs $600B stated (2026-02)");
        assertThat(page.cells()).hasSize(7);
        assertThat(page.cells().get(0)).startsWith("This report (default view)").contains("$450B", "$22.4B")
                .endsWith("-$950B (32%)", "-$150B (75%)");
        assertThat(String.join("\n", page.paragraphs()))
                .contains("Published: $1,400B (2025-10): about $1.4T for about 30 GW [1]")
                .contains("Published: $600B (2026-02): about $600B through 2030 [2]")
                .contains("Ceilings: $22.4B of it are \u201cup to\u201d maximums", "without them the register counts $428B")
                .contains("Not counted: 1 deal with no disclosed value");
    }

    @Test
    void eachScenarioIsOneRowWithTheTotalsOfThatScenarioAndThePageSaysWhyTheyDiffer() {
        PublishedComparison.Page page = comparison.page(portfolio, DealFilter.ALL, sources);

        assertThat(page.cells()).extracting(cells -> cells.get(0)).containsExactly("This report (default view)", "firm", "reported",
                "ceilings", "options", "estimates", "weighted");
        List<Scenario> others = Scenarios.builtIn().all().subList(1, 7);
        for (int i = 0; i < others.size(); i++) {
            PublishedComparison.Row expected = comparison.row(portfolio, DealFilter.ALL.withScenario(others.get(i)), others.get(i).name());
            assertThat(page.rows().get(i + 1)).isEqualTo(expected);
            long total = ChartFixtures.analysis().summary(portfolio, DealFilter.ALL.withScenario(others.get(i)), GroupBy.NONE).total()
                    .commitmentsMinor();
            assertThat(page.rows().get(i + 1).totalMinor()).as(others.get(i).name()).isEqualTo(total);
        }
        // Firm counts AWS ($38B official) and Oracle ($300B reported, signed), not AMD's estimate or CoreWeave's "up to".
        assertThat(page.rows().get(1).totalMinor()).isEqualTo(33_800_000_000_000L);
        assertThat(page.rows().get(1).ceilingsMinor()).isZero();
        assertThat(String.join("\n", page.paragraphs())).contains("The other rows count the same deals under each scenario")
                .contains("None of them is a forecast").endsWith(
                        "in the total and in its \u201cup to\u201d share alike.");
    }

    @Test
    void aStressedReportNamesItsScenarioAndStressesEveryRow() {
        Scenario firmLater = Scenarios.builtIn().find("firm").orElseThrow().withStress(new Stress(12, BigDecimal.ZERO));

        PublishedComparison.Page page = comparison.page(portfolio, DealFilter.ALL.withScenario(firmLater), sources);

        assertThat(page.cells()).extracting(cells -> cells.get(0)).startsWith("This report (firm, starts 12 months later)",
                "as-registered, starts 12 months later", "reported, starts 12 months later").hasSize(7);
    }

    @Test
    void theUpToColumnCountsAnUmbrellaOnlyForWhatItsPartsLeave() {
        Portfolio umbrella = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("stargate", "Stargate").party("oracle", "Oracle")
                .deals(DealBuilder.deal("jv").counterparty("stargate").value("100", ValueBasis.UP_TO).term("2026-01", 48).build(),
                        DealBuilder.deal("part").counterparty("oracle").value("30", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 48)
                                .link(LinkType.PART_OF, "jv").build())
                .build();
        Portfolio withTotals = new Portfolio("p", umbrella.parties(), umbrella.deals(), List.of(ContextFixtures.statedTotal()));

        PublishedComparison.Row netted = comparison.row(withTotals, DealFilter.ALL, "netted");
        PublishedComparison.Row gross = comparison.row(withTotals, DealFilter.ALL.withGross(true), "gross");
        PublishedComparison.Page grossPage = comparison.page(withTotals, DealFilter.ALL.withGross(true), sources);

        assertThat(netted.totalMinor()).isEqualTo(10_000_000_000_000L);
        assertThat(netted.ceilingsMinor()).isEqualTo(7_000_000_000_000L);
        assertThat(gross.totalMinor()).isEqualTo(13_000_000_000_000L);
        assertThat(gross.ceilingsMinor()).isEqualTo(10_000_000_000_000L);
        assertThat(grossPage.paragraphs().get(grossPage.paragraphs().size() - 1)).contains("may be counted in both");
    }

    @Test
    void aRegisterThatStatesNoPublishedTotalHasNoPage() {
        Portfolio withoutTotals = new Portfolio("p", portfolio.parties(), portfolio.deals(),
                List.of(ContextFixtures.revenue(), ContextFixtures.loss()));

        assertThat(comparison.page(withoutTotals, DealFilter.ALL, sources)).isNull();
    }

    @Test
    void moreViewsAreMoreRowsOfTheSameTable() {
        List<PublishedComparison.Row> rows = new ArrayList<>();
        rows.add(comparison.row(portfolio, DealFilter.ALL, "all"));
        DealFilter oracle = new DealFilter(null, Set.of("oracle"), Set.of(), Set.of(), Set.of(), null, null, null, Set.of());
        rows.add(comparison.row(portfolio, oracle, "Oracle only"));
        PublishedComparison.Page page = comparison.page(rows, List.of(new PublishedComparison.Stated("s", "2026-02",
                60_000_000_000_000L, null, List.of())));

        assertThat(page.cells()).hasSize(2);
        assertThat(page.cells().get(1)).startsWith("Oracle only", "1", "$300B").endsWith("-$300B (50%)");
    }
}
