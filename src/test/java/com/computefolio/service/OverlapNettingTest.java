package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.PortfolioBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overlaps counted once, with numbers a person can check. The umbrella "programme" is $100B over
 * ten months from 2025-01 ($10B a month) and 10 GW. Its parts: "site-a" $30B and 4 GW (known from
 * 2025-01-15) and "site-b" $25B (known from 2025-06-01). Netted, the programme counts
 * 100 - 30 - 25 = $45B ($4.5B a month over its own ten months) and 10 - 4 = 6 GW; the total is
 * $100B, the programme's own size; gross it is $155B.
 */
class OverlapNettingTest {

    private static final long BILLION = 100_000_000_000L;

    private final AnalysisService service = new DefaultAnalysisService(new ScheduleEngine());

    private final Deal programme = deal("programme").title("Programme").counterparty("venture")
            .value("100", ValueBasis.TOTAL_OVER_TERM).term("2025-01", 10).capacityGw("10").build();
    private final Deal siteA = deal("site-a").counterparty("builder-a").link(LinkType.PART_OF, "programme")
            .value("30", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).capacityGw("4").build();
    private final Deal siteB = deal("site-b").counterparty("builder-b").link(LinkType.PART_OF, "programme")
            .announced("2025-06-01").value("25", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build();

    private static Portfolio register(Deal... deals) {
        return PortfolioBuilder.portfolio().party("openai", "OpenAI").party("venture", "Venture")
                .party("builder-a", "Builder A").party("builder-b", "Builder B").deals(deals).build();
    }

    private SummaryRow total(Portfolio register, DealFilter filter) {
        return service.summary(register, filter, GroupBy.NONE).total();
    }

    private SummaryRow row(Portfolio register, DealFilter filter, String counterparty) {
        return service.summary(register, filter, GroupBy.COUNTERPARTY).rows().stream()
                .filter(r -> r.key().equals(counterparty)).findFirst().orElseThrow();
    }

    @Test
    void umbrellaCountsOnlyWhatItsPartsLeaveOverAndGrossIsThePlainSum() {
        Portfolio register = register(programme, siteA, siteB);

        assertThat(total(register, DealFilter.ALL).commitmentsMinor()).isEqualTo(100 * BILLION);
        assertThat(total(register, DealFilter.ALL.withGross(true)).commitmentsMinor()).isEqualTo(155 * BILLION);
        SummaryRow umbrella = row(register, DealFilter.ALL, "venture");
        assertThat(umbrella.commitmentsMinor()).isEqualTo(45 * BILLION);
        assertThat(umbrella.kilowatts()).isEqualTo(6_000_000);
        assertThat(umbrella.caveats()).containsEntry("NETTED", 1);
        assertThat(total(register, DealFilter.ALL).kilowatts()).isEqualTo(10_000_000);
        assertThat(total(register, DealFilter.ALL.withGross(true)).kilowatts()).isEqualTo(14_000_000);
    }

    @Test
    void rowsByAnyGroupingAddUpToTheNettedTotal() {
        Portfolio register = register(programme, siteA, siteB);

        for (GroupBy groupBy : GroupBy.values()) {
            long sum = service.summary(register, DealFilter.ALL, groupBy).rows().stream().mapToLong(SummaryRow::commitmentsMinor).sum();
            assertThat(sum).as(groupBy.name()).isEqualTo(100 * BILLION);
        }
    }

    @Test
    void remainderRunsOverTheUmbrellasOwnTermEvenly() {
        Deal netted = OverlapNetting.apply(register(programme, siteA, siteB)).portfolio().deal("programme").orElseThrow();
        DealSchedule schedule = new ScheduleEngine().schedule(netted, netted.current());

        assertThat(netted.current().term()).isEqualTo(programme.current().term());
        assertThat(schedule.length()).isEqualTo(10);
        assertThat(schedule.moneyAt(0)).isEqualTo(45 * BILLION / 10);
        assertThat(schedule.totalMoney()).isEqualTo(45 * BILLION);
    }

    @Test
    void asKnownBeforeAPartWasAnnouncedOnlyTheKnownPartsAreTakenOff() {
        Portfolio register = register(programme, siteA, siteB);
        DealFilter march = DealFilter.ALL.withAsOf(LocalDate.of(2025, 3, 1));

        assertThat(row(register, march, "venture").commitmentsMinor()).isEqualTo(70 * BILLION);
        assertThat(total(register, march).commitmentsMinor()).isEqualTo(100 * BILLION);
        assertThat(service.netting(register, march)).singleElement().satisfies(line -> {
            assertThat(line.grossMinor()).isEqualTo(100 * BILLION);
            assertThat(line.partsMinor()).isEqualTo(30 * BILLION);
            assertThat(line.countedMinor()).isEqualTo(70 * BILLION);
            assertThat(line.partIds()).containsExactly("site-a");
        });
    }

    @Test
    void umbrellaNeverCountsBelowZero() {
        Deal bigPart = deal("big").counterparty("builder-a").link(LinkType.PART_OF, "programme")
                .value("120", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).capacityGw("12").build();
        Portfolio register = register(programme, bigPart);

        assertThat(row(register, DealFilter.ALL, "venture").commitmentsMinor()).isZero();
        assertThat(row(register, DealFilter.ALL, "venture").kilowatts()).isZero();
        assertThat(total(register, DealFilter.ALL).commitmentsMinor()).isEqualTo(120 * BILLION);
    }

    @Test
    void cancelledPartsInflowsAndOtherCurrenciesTakeNoMoneyOff() {
        Deal cancelled = deal("cancelled").counterparty("builder-a").link(LinkType.PART_OF, "programme")
                .status(DealStatus.CANCELLED).value("30", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build();
        Deal inflow = deal("inflow").counterparty("builder-a").inflow().link(LinkType.PART_OF, "programme")
                .value("20", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build();
        Deal euros = deal("euros").counterparty("builder-b").link(LinkType.PART_OF, "programme")
                .valueMajor("10000000000", "EUR", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build();

        Portfolio register = register(programme, cancelled, inflow, euros);

        assertThat(row(register, DealFilter.ALL, "venture").commitmentsMinor()).isEqualTo(100 * BILLION);
        assertThat(service.netting(register, DealFilter.ALL)).isEmpty();
    }

    @Test
    void nestedUmbrellasAddUpToTheOutermostTotal() {
        Deal middle = deal("middle").counterparty("builder-a").link(LinkType.PART_OF, "programme")
                .value("60", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build();
        Deal inner = deal("inner").counterparty("builder-b").link(LinkType.PART_OF, "middle")
                .value("20", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build();
        Portfolio register = register(programme, middle, inner);

        assertThat(row(register, DealFilter.ALL, "venture").commitmentsMinor()).isEqualTo(40 * BILLION);
        assertThat(row(register, DealFilter.ALL, "builder-a").commitmentsMinor()).isEqualTo(40 * BILLION);
        assertThat(total(register, DealFilter.ALL).commitmentsMinor()).isEqualTo(100 * BILLION);
    }

    @Test
    void scheduleLegsAreScaledAndStillAddUpToTheCountedAmountToTheCent() {
        // 100 cents in legs of 33, 33 and 34; a part of 50 cents leaves 50: 16 + 16 + (17 + 1) after rounding down.
        Deal legged = deal("programme").counterparty("venture").valueMinor(100, ValueBasis.TOTAL_OVER_TERM)
                .legMinor("2025-01", 1, ScheduleShape.EVEN, 33).legMinor("2025-02", 1, ScheduleShape.EVEN, 33)
                .legMinor("2025-03", 1, ScheduleShape.EVEN, 34).build();
        Deal part = deal("part").counterparty("builder-a").link(LinkType.PART_OF, "programme")
                .valueMinor(50, ValueBasis.TOTAL_OVER_TERM).term("2025-01", 1).build();

        Revision netted = OverlapNetting.apply(register(legged, part)).portfolio().deal("programme").orElseThrow().current();

        assertThat(netted.value().amount().minorUnits()).isEqualTo(50);
        assertThat(netted.legs()).extracting(leg -> leg.amount().minorUnits()).containsExactly(16L, 16L, 18L);
    }

    @Test
    void registerWithoutPartOfLinksIsLeftAsTheVeryObject() {
        Portfolio register = register(programme, deal("other").link(LinkType.RELATED, "programme").build());

        assertThat(OverlapNetting.apply(register).portfolio()).isSameAs(register);
    }

    @Test
    void umbrellaGetsARevisionWhenAPartChangesSoAsOfViewsSeeTheChange() {
        Deal growing = deal("site-a").counterparty("builder-a").link(LinkType.PART_OF, "programme")
                .value("30", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12)
                .then("2025-09-01").value("50", ValueBasis.TOTAL_OVER_TERM).build();
        Deal netted = OverlapNetting.apply(register(programme, growing)).portfolio().deal("programme").orElseThrow();

        List<LocalDate> dates = netted.revisions().stream().map(Revision::knownFrom).toList();
        assertThat(dates).containsExactly(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 9, 1));
        assertThat(netted.asOf(LocalDate.of(2025, 8, 31)).orElseThrow().value().amount().minorUnits()).isEqualTo(70 * BILLION);
        assertThat(netted.current().value().amount().minorUnits()).isEqualTo(50 * BILLION);
    }
}
