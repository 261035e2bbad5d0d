package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ContextFixtures;
import com.computefolio.service.chart.SourceIndex;
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
        assertThat(page.cells()).hasSize(1);
        assertThat(page.cells().get(0)).startsWith("This report (default view)").contains("$450B", "$22.4B")
                .endsWith("-$950B (32%)", "-$150B (75%)");
        assertThat(String.join("\n", page.paragraphs()))
                .contains("Published: $1,400B (2025-10): about $1.4T for about 30 GW [1]")
                .contains("Published: $600B (2026-02): about $600B through 2030 [2]")
                .contains("Ceilings: $22.4B of it are \u201cup to\u201d maximums", "without them the register counts $428B")
                .contains("Not counted: 1 deal with no disclosed value");
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
