package com.computefolio.ui.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.ui.support.TestPortfolios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealRowCacheTest {
    private final AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
    private final DealRowCache cache = new DealRowCache();
    private final Portfolio portfolio = TestPortfolios.portfolio();

    @Test
    void theRowsShowTheirViewsInTheirOrder() {
        List<DealView> views = analysis.deals(portfolio, DealFilter.ALL);

        List<DealRow> rows = cache.rowsOf(portfolio, views);

        assertThat(rows).isEqualTo(views.stream().map(DealRow::of).toList());
    }

    @Test
    void aViewSeenBeforeGetsTheRowMadeForItThen() {
        List<DealRow> all = cache.rowsOf(portfolio, analysis.deals(portfolio, DealFilter.ALL));

        List<DealRow> aws = cache.rowsOf(portfolio, analysis.deals(portfolio, DealFilter.ALL.withText("aws")));

        assertThat(aws).singleElement().isSameAs(all.get(all.size() - 1));
    }

    @Test
    void aNewRegisterGetsRowsOfItsOwn() {
        DealRow before = cache.rowsOf(portfolio, analysis.deals(portfolio, DealFilter.ALL)).get(0);
        Portfolio edited = new Portfolio(portfolio.name(), portfolio.parties(), new ArrayList<>(portfolio.deals()),
                portfolio.contextSeries());

        DealRow after = cache.rowsOf(edited, analysis.deals(edited, DealFilter.ALL)).get(0);

        assertThat(after).isNotSameAs(before).isEqualTo(before);
    }

    @Test
    void viewsMadeAnewForEveryRequestStillGetTheirRightRows() {
        // A service that makes new views each time (not the default one) must not make the cache wrong, only slower.
        List<DealView> views = analysis.deals(portfolio, DealFilter.ALL);
        for (int request = 0; request < 100; request++) {
            List<DealView> copies = views.stream()
                    .map(v -> new DealView(v.deal(), v.revision(), v.buyerName(), v.counterpartyName())).toList();

            assertThat(cache.rowsOf(portfolio, copies)).isEqualTo(views.stream().map(DealRow::of).toList());
        }
    }
}
