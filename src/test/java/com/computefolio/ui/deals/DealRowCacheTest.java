package com.computefolio.ui.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.ui.support.TestPortfolios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealRowCacheTest {
    private final AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
    private final DealRowCache cache = new DealRowCache();
    private final Portfolio portfolio = TestPortfolios.portfolio();

    private DealSelection select(Portfolio register, DealFilter filter) {
        return analysis.select(register, DealSelectionQuery.of(filter));
    }

    @Test
    void theRowsShowTheirViewsInTheirOrder() {
        DealSelection selection = select(portfolio, DealFilter.ALL);

        List<DealRow> rows = cache.rowsOf(portfolio, selection);

        assertThat(rows).isEqualTo(selection.rows().stream().map(DealRow::of).toList());
    }

    @Test
    void aViewSeenBeforeGetsTheRowMadeForItThen() {
        List<DealRow> all = cache.rowsOf(portfolio, select(portfolio, DealFilter.ALL));

        List<DealRow> aws = cache.rowsOf(portfolio, select(portfolio, DealFilter.ALL.withText("aws")));

        assertThat(aws).singleElement().isSameAs(all.get(all.size() - 1));
    }

    @Test
    void aNewRegisterGetsRowsOfItsOwn() {
        DealRow before = cache.rowsOf(portfolio, select(portfolio, DealFilter.ALL)).get(0);
        Portfolio edited = new Portfolio(portfolio.name(), portfolio.parties(), new ArrayList<>(portfolio.deals()),
                portfolio.contextSeries());

        DealRow after = cache.rowsOf(edited, select(edited, DealFilter.ALL)).get(0);

        assertThat(after).isNotSameAs(before).isEqualTo(before);
    }

    @Test
    void aDealSeenThroughAnEarlierRevisionGetsTheRowOfThatRevision() {
        // openai-oracle was revised on 2026-02-01: as of January its first revision is in force.
        DealFilter january = DealFilter.ALL.withAsOf(LocalDate.of(2026, 1, 15));
        for (int request = 0; request < 3; request++) {
            for (DealFilter filter : List.of(DealFilter.ALL, january)) {
                DealSelection selection = select(portfolio, filter);

                assertThat(cache.rowsOf(portfolio, selection)).isEqualTo(selection.rows().stream().map(DealRow::of).toList());
            }
        }
        DealRow then = cache.rowsOf(portfolio, select(portfolio, january.withText("oracle"))).get(0);
        DealRow now = cache.rowsOf(portfolio, select(portfolio, DealFilter.ALL.withText("oracle"))).get(0);
        assertThat(then.revision()).isNotEqualTo(now.revision());
    }
}
