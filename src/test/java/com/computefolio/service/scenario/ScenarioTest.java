package com.computefolio.service.scenario;

import static com.computefolio.testing.DealBuilder.deal;
import static com.computefolio.testing.PortfolioBuilder.portfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.ScenarioTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of docs/scenarios.md, on the worked example and on the arithmetic corners. */
class ScenarioTest {

    private static final Scenarios BUILT_IN = Scenarios.builtIn();
    private final DefaultAnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());

    private static Scenario named(String name) {
        return BUILT_IN.find(name).orElseThrow();
    }

    private long commitments(Portfolio register, Scenario scenario) {
        return analysis.compare(register, DealFilter.ALL, List.of(scenario)).get(0).totals().commitmentsMinor();
    }

    @ParameterizedTest(name = "{0}: ${1}B")
    @CsvSource({
        "as-registered, 116.00",
        "firm,          10.00",
        "reported,      16.00",
        "ceilings,      119.00",
        "options,       119.00",
        "estimates,     122.00",
        "weighted,      54.95",
    })
    void theWorkedExampleAddsUpAsTheDocsSay(String name, String billions) {
        assertThat(commitments(WorkedExample.fourDeals(), named(name)))
                .isEqualTo(new BigDecimal(billions).movePointRight(11).longValueExact());
    }

    @Test
    void stressDelaysEveryStartAndCutsEveryAmount() {
        Scenario stressed = named("reported").withStress(new Stress(6, new BigDecimal("15")));
        Portfolio view = stressed.apply(WorkedExample.fourDeals());

        Revision signed = view.deal("signed").orElseThrow().current();
        assertThat(signed.term().start()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(signed.value().amount().minorUnits()).isEqualTo(850_000_000_000L);
        assertThat(commitments(WorkedExample.fourDeals(), stressed)).isEqualTo(1_360_000_000_000L);
    }

    @Test
    void firmLeavesOutLettersOfIntentAndKeepsUnadmittedFiguresOnTheTimelineWithoutMoney() {
        Portfolio view = named("firm").apply(WorkedExample.fourDeals());

        assertThat(view.deals()).extracting(Deal::id).containsExactly("signed", "leaked", "quiet");
        assertThat(view.deal("leaked").orElseThrow().current().value().isDisclosed()).isFalse();
    }

    @Test
    void pausedDealsCountFromCeilingsOn() {
        Portfolio register = portfolio().deals(deal("paused").status(DealStatus.PAUSED).value("5", ValueBasis.TOTAL_OVER_TERM)
                .confidence(Confidence.OFFICIAL).term("2026-01", 12).build()).build();

        assertThat(commitments(register, named("firm"))).isZero();
        assertThat(commitments(register, named("reported"))).isZero();
        assertThat(commitments(register, named("ceilings"))).isEqualTo(500_000_000_000L);
    }

    @Test
    void optionsCountOnlyFromTheOptionsScenarioOn() {
        Portfolio register = portfolio().deals(deal("opt").tags("option").status(DealStatus.DEFINITIVE)
                .value("2", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.OFFICIAL).term("2026-01", 12).build()).build();

        assertThat(named("ceilings").apply(register).deals()).isEmpty();
        assertThat(commitments(register, named("options"))).isEqualTo(200_000_000_000L);
    }

    @Test
    void aScaledAmountIsRoundedHalfEvenOnceAndLegsStillAddUpWithRemaindersToTheEarliest() {
        // 3 cents in three legs of 1 cent; a 50% haircut keeps 1.5 cents, half-even 2: the two earliest legs get one each.
        Deal legs = deal("legs").status(DealStatus.ACTIVE).valueMinor(3, ValueBasis.TOTAL_OVER_TERM)
                .confidence(Confidence.OFFICIAL).term("2026-01", 3)
                .legMinor("2026-03", 1, ScheduleShape.LUMP, 1).legMinor("2026-01", 1, ScheduleShape.LUMP, 1)
                .legMinor("2026-02", 1, ScheduleShape.LUMP, 1).build();
        Scenario halved = Scenario.AS_REGISTERED.withName("halved").withStress(new Stress(0, new BigDecimal("50")));

        Revision r = halved.apply(portfolio().deals(legs).build()).deals().get(0).current();

        assertThat(r.value().amount().minorUnits()).isEqualTo(2);
        Map<YearMonth, Long> byStart = r.legs().stream()
                .collect(Collectors.toMap(ScheduleLeg::start, l -> l.amount().minorUnits()));
        assertThat(byStart).containsEntry(YearMonth.of(2026, 1), 1L).containsEntry(YearMonth.of(2026, 2), 1L)
                .containsEntry(YearMonth.of(2026, 3), 0L);
    }

    @Test
    void theDefaultScenarioIsTheRegisterItself() {
        Portfolio register = WorkedExample.fourDeals();

        assertThat(Scenario.AS_REGISTERED.apply(register)).isSameAs(register);
        assertThat(DealFilter.ALL.scenario()).isEqualTo(Scenario.AS_REGISTERED);
    }

    @Test
    void aScenarioSeesEachDealAsKnownOnTheAsOfDate() {
        Deal grown = deal("grown").status(DealStatus.REPORTED).value("5", ValueBasis.TOTAL_OVER_TERM)
                .confidence(Confidence.REPORTED).term("2026-01", 12).knownFrom("2025-06-01")
                .then("2026-02-01").status(DealStatus.ACTIVE).value("8", ValueBasis.TOTAL_OVER_TERM)
                .confidence(Confidence.OFFICIAL).build();
        Portfolio register = portfolio().deals(grown).build();

        DealFilter before = DealFilter.ALL.withAsOf(LocalDate.of(2026, 1, 1));
        List<ScenarioTotals> totals = analysis.compare(register, before, List.of(named("firm"), named("reported")));

        assertThat(totals).extracting(t -> t.totals().commitmentsMinor()).containsExactly(0L, 500_000_000_000L);
    }

    @Test
    void weightsAndStressesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new Stress(-1, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Stress(0, new BigDecimal("100.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(Map.of(DealStatus.ACTIVE, new BigDecimal("1.2")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scenarios.withOwn(List.of(named("firm")))).isInstanceOf(IllegalArgumentException.class);
    }
}
