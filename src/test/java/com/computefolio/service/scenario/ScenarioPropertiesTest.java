package com.computefolio.service.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.GroupBy;
import com.computefolio.service.ScenarioTotals;
import com.computefolio.service.Summary;
import com.computefolio.service.SummaryRow;
import com.computefolio.service.SyntheticPortfolioGenerator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The promises of docs/scenarios.md over generated portfolios. */
class ScenarioPropertiesTest {

    private static final List<String> WIDENING = List.of("firm", "reported", "ceilings", "options", "estimates");
    private final DefaultAnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());

    private static Portfolio generated(int deals, long seed) {
        return new SyntheticPortfolioGenerator().generate(deals, seed);
    }

    @Property(tries = 40)
    void eachWiderScenarioCommitsAtLeastAsMuchAsTheOneBefore(@ForAll @IntRange(min = 0, max = 120) int deals,
                                                            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Portfolio register = generated(deals, seed);
        Scenarios known = Scenarios.builtIn();
        DealFilter commitments = DealFilter.ALL.withDirections(Set.of(MoneyDirection.COMMITMENT));

        List<ScenarioTotals> totals = analysis.compare(register, commitments,
                WIDENING.stream().map(n -> known.find(n).orElseThrow()).toList());

        for (int i = 1; i < totals.size(); i++) {
            assertThat(totals.get(i).totals().commitmentsMinor())
                    .as("%s against %s", WIDENING.get(i), WIDENING.get(i - 1))
                    .isGreaterThanOrEqualTo(totals.get(i - 1).totals().commitmentsMinor());
        }
    }

    @Property(tries = 25)
    void totalsByAnyGroupingEqualTheUngroupedTotalInEveryScenario(@ForAll @IntRange(min = 0, max = 80) int deals,
                                                                  @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                                  @ForAll @IntRange(min = 0, max = 24) int delay,
                                                                  @ForAll @IntRange(min = 0, max = 100) int haircut) {
        Portfolio register = generated(deals, seed);
        for (Scenario base : Scenarios.builtIn().all()) {
            for (Scenario scenario : List.of(base, base.withStress(new Stress(delay, java.math.BigDecimal.valueOf(haircut))))) {
                DealFilter filter = DealFilter.ALL.withScenario(scenario);
                SummaryRow ungrouped = analysis.summary(register, filter, GroupBy.NONE).total();
                for (GroupBy groupBy : GroupBy.values()) {
                    Summary grouped = analysis.summary(register, filter, groupBy);
                    assertThat(grouped.rows().stream().mapToLong(SummaryRow::commitmentsMinor).sum())
                            .as("%s by %s", scenario.name(), groupBy).isEqualTo(ungrouped.commitmentsMinor());
                    assertThat(grouped.rows().stream().mapToLong(SummaryRow::inflowsMinor).sum())
                            .as("%s by %s", scenario.name(), groupBy).isEqualTo(ungrouped.inflowsMinor());
                    assertThat(grouped.rows().stream().mapToLong(SummaryRow::kilowatts).sum())
                            .as("%s by %s", scenario.name(), groupBy).isEqualTo(ungrouped.kilowatts());
                }
            }
        }
    }
}
