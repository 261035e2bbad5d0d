package com.computefolio.service.scenario;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Months;
import com.computefolio.domain.OptionKind;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.DealBuilder;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the scenarios treat options of format version 2 and unsourced figures (docs/scenarios.md), worked by hand. */
class DealShapesScenarioTest {

    private final Scenarios scenarios = Scenarios.builtIn();
    private final ScheduleEngine engine = new ScheduleEngine();

    private static final Figure SEVEN_BILLION = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.billionsUsd("7"), null, null,
            Confidence.REPORTED, List.of(DealBuilder.source("S1")), null);

    private DealSchedule under(String scenario, Deal deal) {
        Revision effective = scenarios.find(scenario).orElseThrow().effective(deal, deal.current()).orElseThrow();
        return engine.schedule(deal, effective);
    }

    private static long moneyIn(DealSchedule schedule, String month) {
        int offset = Months.index(YearMonth.parse(month)) - schedule.startMonth();
        return offset < 0 || offset >= schedule.length() ? 0 : schedule.moneyAt(offset);
    }

    @Test
    void anExtensionCountsFromTheOptionsScenarioOnAfterTheTermAndNotBelowIt() {
        // $38B over 84 months from 2025-11 (to 2032-10), and a 24-month extension worth $7B: the options
        // scenario places $7B over 2032-11..2034-10, 700,000,000,000 / 24 = 29,166,666,666 cents a month
        // with 16 cents left over, one each to the first 16 months.
        Deal deal = deal("aws").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
                .option(new DealOption(OptionKind.EXTENSION, "two more years", SEVEN_BILLION, 24, null, null)).build();

        DealSchedule options = under("options", deal);
        DealSchedule firm = under("firm", deal);

        assertThat(firm.totalMoney()).isEqualTo(3_800_000_000_000L);
        assertThat(moneyIn(firm, "2032-11")).isZero();
        assertThat(options.totalMoney()).isEqualTo(4_500_000_000_000L);
        assertThat(moneyIn(options, "2032-10")).isEqualTo(45_238_095_238L);
        assertThat(moneyIn(options, "2032-11")).isEqualTo(29_166_666_667L);
        assertThat(moneyIn(options, "2034-02")).isEqualTo(29_166_666_667L);
        assertThat(moneyIn(options, "2034-03")).isEqualTo(29_166_666_666L);
        assertThat(moneyIn(options, "2034-10")).isEqualTo(29_166_666_666L);
        assertThat(moneyIn(options, "2034-11")).isZero();
    }

    @Test
    void aDealWithoutOptionsCountsTheSameInTheOptionsScenarioAsInCeilings() {
        Deal deal = deal("plain").value("12", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build();

        assertThat(under("options", deal).totalMoney()).isEqualTo(under("ceilings", deal).totalMoney())
                .isEqualTo(1_200_000_000_000L);
    }

    @Test
    void anUnsourcedFigureIsLeftOutOfTheFirmScenarioButCountsAsReported() {
        Deal deal = deal("draft").value("2", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 4).unsourced().build();

        assertThat(under("firm", deal).totalMoney()).isZero();
        assertThat(under("reported", deal).totalMoney()).isEqualTo(200_000_000_000L);
    }
}
