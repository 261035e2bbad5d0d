package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.Source;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.SyntheticPortfolioGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SourceOrderTest {

    private static final String[] TYPED = {null, "t", "te", "tensor", "cloud", "o", "zzz-nothing"};

    /** The register's order gives the numbers sorting the chart's own sources gives, whatever deals are cited. */
    @Property(tries = 40)
    void numbersTheCitedSourcesAsSortingThemWould(@ForAll @IntRange(min = 1, max = 1_000) int seed,
                                                  @ForAll @IntRange(min = 0, max = 6) int typed,
                                                  @ForAll @IntRange(min = 0, max = 3) int asOf,
                                                  @ForAll @IntRange(min = 0, max = 100) int keptPercent) {
        Portfolio portfolio = new SyntheticPortfolioGenerator().generate(300, seed);
        AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
        DealFilter filter = DealFilter.ALL.withText(TYPED[typed]).withAsOf(asOf == 0 ? null : LocalDate.of(2023 + asOf, 6, 30));
        Random random = new Random(seed);
        List<DealView> cited = analysis.deals(portfolio, filter).stream().filter(v -> random.nextInt(100) < keptPercent).toList();
        List<Source> context = CapacityOverlays.sources(portfolio.contextSeries());

        SourceIndex numbered = SourceOrder.of(portfolio).number(cited, context);

        List<Source> all = new ArrayList<>(DealSources.of(cited));
        all.addAll(context);
        assertThat(numbered).isNotNull();
        assertThat(numbered.refs()).isEqualTo(SourceIndex.of(all).refs());
    }

    @Test
    void aSourceTheRegisterHoldsOtherwiseIsLeftToTheLongWay() {
        Portfolio portfolio = new SyntheticPortfolioGenerator().generate(50, 3);
        AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
        DealView view = analysis.deals(portfolio, DealFilter.ALL).stream().filter(v -> !v.revision().sources().isEmpty())
                .findFirst().orElseThrow();
        Source known = view.revision().sources().get(0);
        Source changed = new Source(known.id(), known.publisher() + " (changed)", known.title(), known.url(), known.published(),
                known.quote());
        Source unknown = new Source("not-in-the-register", "Reuters", "t", "https://example.com/new", null, null);
        SourceOrder order = SourceOrder.of(portfolio);

        assertThat(order.number(List.of(view), List.of(changed))).isNull();
        assertThat(order.number(List.of(view), List.of(unknown))).isNull();
        assertThat(order.number(List.of(view), List.of(known))).isNotNull();
    }
}
