package com.computefolio.domain;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One worked schedule for each deal shape of format version 2 (issue 14), with the months and
 * amounts spelled out so that a person can check them by hand. Money in cents, capacity in kW.
 */
class DealShapesScheduleTest {

    private final ScheduleEngine engine = new ScheduleEngine();

    private DealSchedule scheduleOf(Deal deal) {
        return engine.schedule(deal, deal.current());
    }

    private static long moneyIn(DealSchedule schedule, String month) {
        int offset = Months.index(YearMonth.parse(month)) - schedule.startMonth();
        return offset < 0 || offset >= schedule.length() ? 0 : schedule.moneyAt(offset);
    }

    private static long kilowattsIn(DealSchedule schedule, String month) {
        int offset = Months.index(YearMonth.parse(month)) - schedule.startMonth();
        return offset < 0 || offset >= schedule.length() ? 0 : schedule.kilowattsAt(offset);
    }

    @Test
    void aPricePerMonthThroughMay2029IsThatPriceInEveryMonthOfTheTerm() {
        // $1.25B a month from June 2026 through May 2029: 36 months, $45B in all.
        Deal deal = deal("per-month").value("1.25", ValueBasis.PER_MONTH).term("2026-06", 36).build();

        DealSchedule schedule = scheduleOf(deal);

        assertThat(moneyIn(schedule, "2026-05")).isZero();
        assertThat(moneyIn(schedule, "2026-06")).isEqualTo(125_000_000_000L);
        assertThat(moneyIn(schedule, "2029-05")).isEqualTo(125_000_000_000L);
        assertThat(moneyIn(schedule, "2029-06")).isZero();
        assertThat(schedule.totalMoney()).isEqualTo(4_500_000_000_000L);
        assertThat(schedule.flags()).isEmpty();
    }

    @Test
    void anOpenEndedTermIsScheduledOverItsHorizonAndSaysThePlacementIsAssumed() {
        // "From January 2027", $600M a month, scheduled over a 12-month horizon: $7.2B, flagged assumed.
        Deal deal = deal("open").value("0.6", ValueBasis.PER_MONTH).openTerm("2027-01", 12, 3).build();

        DealSchedule schedule = scheduleOf(deal);

        assertThat(moneyIn(schedule, "2027-01")).isEqualTo(60_000_000_000L);
        assertThat(moneyIn(schedule, "2027-12")).isEqualTo(60_000_000_000L);
        assertThat(moneyIn(schedule, "2028-01")).isZero();
        assertThat(schedule.totalMoney()).isEqualTo(720_000_000_000L);
        assertThat(schedule.flags()).containsExactly(ScheduleFlag.TERM_ASSUMED);
    }

    @Test
    void aFloorIsScheduledAsItsAmountAndFlaggedAsALowerBound() {
        // "More than $3B" over 2026: $250M a month.
        Deal deal = deal("floor").value("3", ValueBasis.AT_LEAST).term("2026-01", 12).build();

        DealSchedule schedule = scheduleOf(deal);

        assertThat(moneyIn(schedule, "2026-01")).isEqualTo(25_000_000_000L);
        assertThat(moneyIn(schedule, "2026-12")).isEqualTo(25_000_000_000L);
        assertThat(schedule.totalMoney()).isEqualTo(300_000_000_000L);
        assertThat(schedule.flags()).containsExactly(ScheduleFlag.LOWER_BOUND);
    }

    @Test
    void anAboutFigureIsScheduledAsItsAmountAndFlaggedApproximate() {
        // "About $10B" over 8 months from 2026-01: $1.25B a month.
        Deal deal = deal("about").value("10", ValueBasis.ABOUT).term("2026-01", 8).build();

        DealSchedule schedule = scheduleOf(deal);

        assertThat(moneyIn(schedule, "2026-01")).isEqualTo(125_000_000_000L);
        assertThat(moneyIn(schedule, "2026-08")).isEqualTo(125_000_000_000L);
        assertThat(moneyIn(schedule, "2026-09")).isZero();
        assertThat(schedule.flags()).containsExactly(ScheduleFlag.APPROXIMATE);
    }

    @Test
    void aPrepaymentAtSigningLandsInTheSigningMonthBeforeTheTerm() {
        // $12B: $2B prepaid in October 2025 at signing, $10B over 2026 ($10B / 12 = 83,333,333,333.33 cents,
        // so the first 4 months take one cent more).
        Deal deal = deal("prepaid").value("12", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12)
                .leg(new ScheduleLeg("prepayment at signing", YearMonth.parse("2025-10"), 1, ScheduleShape.LUMP,
                        Money.billionsUsd("2"), null, true))
                .leg("2026-01", 12, ScheduleShape.EVEN, "10")
                .build();

        DealSchedule schedule = scheduleOf(deal);

        assertThat(moneyIn(schedule, "2025-10")).isEqualTo(200_000_000_000L);
        assertThat(moneyIn(schedule, "2025-11")).isZero();
        assertThat(moneyIn(schedule, "2026-01")).isEqualTo(83_333_333_334L);
        assertThat(moneyIn(schedule, "2026-04")).isEqualTo(83_333_333_334L);
        assertThat(moneyIn(schedule, "2026-05")).isEqualTo(83_333_333_333L);
        assertThat(moneyIn(schedule, "2026-12")).isEqualTo(83_333_333_333L);
        assertThat(schedule.totalMoney()).isEqualTo(1_200_000_000_000L);
    }

    @Test
    void optionsAndExitRightsLeaveTheDealsOwnScheduleAsItIs() {
        // $38B over 84 months from 2025-11 (the AWS example): an extension option and a 90-day exit right
        // change nothing here; only the options scenario counts the option.
        Figure optionValue = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.billionsUsd("7"), null, null, Confidence.REPORTED,
                List.of(com.computefolio.testing.DealBuilder.source("S1")), null);
        Deal plain = deal("aws").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build();
        Deal withRights = deal("aws").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
                .option(new DealOption(OptionKind.EXTENSION, "two more years", optionValue, 24, YearMonth.parse("2032-01"),
                        YearMonth.parse("2032-06")))
                .exitRight(new ExitRight("openai", 90, YearMonth.parse("2027-01"), null))
                .build();

        DealSchedule schedule = scheduleOf(withRights);

        assertThat(moneyIn(schedule, "2025-11")).isEqualTo(45_238_095_239L);
        assertThat(moneyIn(schedule, "2032-10")).isEqualTo(45_238_095_238L);
        assertThat(moneyIn(schedule, "2032-11")).isZero();
        assertThat(schedule.totalMoney()).isEqualTo(scheduleOf(plain).totalMoney()).isEqualTo(3_800_000_000_000L);
    }

    @Test
    void capacityGivenAsUpToIsPlacedExactlyLikeAStatedTotal() {
        // "Up to 1 GW" over 10 months: 100,000 kW a month; the basis travels with the revision, not the kilowatts.
        Deal deal = deal("gw").value("5", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 10)
                .capacity("1", CapacityBasis.UP_TO, Confidence.REPORTED).build();

        DealSchedule schedule = scheduleOf(deal);

        assertThat(kilowattsIn(schedule, "2026-01")).isEqualTo(100_000L);
        assertThat(kilowattsIn(schedule, "2026-10")).isEqualTo(100_000L);
        assertThat(schedule.totalKilowatts()).isEqualTo(1_000_000L);
        assertThat(deal.current().capacityBasis()).isEqualTo(CapacityBasis.UP_TO);
    }

    @Test
    void anUnsourcedValueIsScheduledAndFlaggedSoEveryTotalCanSayItsSourceIsMissing() {
        Deal deal = deal("draft").value("2", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 4).unsourced().build();

        DealSchedule schedule = scheduleOf(deal);

        assertThat(moneyIn(schedule, "2026-01")).isEqualTo(50_000_000_000L);
        assertThat(schedule.flags()).containsExactly(ScheduleFlag.UNSOURCED);
    }
}
