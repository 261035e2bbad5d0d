package com.computefolio.domain;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Worked examples a person can check with a pocket calculator. Money is in cents, capacity in
 * kilowatts (1 GW = 1,000,000 kW).
 */
class ScheduleEngineTest {

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

    private static long moneyInYear(DealSchedule schedule, int year) {
        long sum = 0;
        for (int m = 1; m <= 12; m++) {
            sum += moneyIn(schedule, YearMonth.of(year, m).toString());
        }
        return sum;
    }

    @Test
    void awsThirtyEightBillionOverSevenYearsGivesTheFirstEightMonthsOneCentMore() {
        // $38B = 3,800,000,000,000 cents; / 84 months = 45,238,095,238 remainder 8.
        DealSchedule aws = scheduleOf(deal("openai-aws").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build());

        assertThat(aws.startMonth()).isEqualTo(Months.index(YearMonth.of(2025, 11)));
        assertThat(aws.length()).isEqualTo(84);
        assertThat(Months.month(aws.endMonth())).isEqualTo(YearMonth.of(2032, 10));
        assertThat(moneyIn(aws, "2025-11")).isEqualTo(45_238_095_239L);
        assertThat(moneyIn(aws, "2026-06")).isEqualTo(45_238_095_239L); // the 8th month
        assertThat(moneyIn(aws, "2026-07")).isEqualTo(45_238_095_238L); // the 9th month
        assertThat(moneyIn(aws, "2032-10")).isEqualTo(45_238_095_238L);
        assertThat(aws.totalMoney()).isEqualTo(3_800_000_000_000L);
        assertThat(aws.currency()).isEqualTo("USD");
        assertThat(aws.flags()).isEmpty();
    }

    @Test
    void awsYear2026HoldsTwelveMonthsOfWhichSixCarryTheExtraCent() {
        DealSchedule aws = scheduleOf(deal("openai-aws").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84).build());

        // 12 × 45,238,095,238 + 6 (January..June 2026 are months 3..8 of the term) = $5,428,571,428.62
        assertThat(moneyInYear(aws, 2026)).isEqualTo(542_857_142_862L);
        // 2025 holds November and December only, both with the extra cent.
        assertThat(moneyInYear(aws, 2025)).isEqualTo(2 * 45_238_095_239L);
    }

    @Test
    void anEvenDivisionLeavesNoRemainder() {
        // $12B over 12 months is exactly $1B a month.
        DealSchedule s = scheduleOf(deal("d").value("12", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build());

        for (int m = 0; m < 12; m++) {
            assertThat(s.moneyAt(m)).isEqualTo(100_000_000_000L);
        }
    }

    @Test
    void perYearAmountIsMultipliedByTheYearsOfTheTerm() {
        // $60B a year over 30 months = 2.5 years = $150B, i.e. $5B a month.
        DealSchedule s = scheduleOf(deal("oracle").value("60", ValueBasis.PER_YEAR).term("2027-07", 30).build());

        assertThat(s.totalMoney()).isEqualTo(15_000_000_000_000L);
        assertThat(moneyIn(s, "2027-07")).isEqualTo(500_000_000_000L);
        assertThat(s.length()).isEqualTo(30);
    }

    @Test
    void perYearTotalThatIsNotWholeCentsIsRoundedHalfEven() {
        // 9 cents a year over 2 months = 18/12 = 1.5 cents -> 2 (half-even rounds to the even cent)
        DealSchedule up = scheduleOf(deal("a").valueMinor(9, ValueBasis.PER_YEAR).term("2026-01", 2).build());
        // 3 cents a year over 2 months = 6/12 = 0.5 cents -> 0
        DealSchedule down = scheduleOf(deal("b").valueMinor(3, ValueBasis.PER_YEAR).term("2026-01", 2).build());
        // $1.01 a year over 7 months = 707/12 = 58.92 cents -> 59
        DealSchedule nearest = scheduleOf(deal("c").valueMinor(101, ValueBasis.PER_YEAR).term("2026-01", 7).build());

        assertThat(up.totalMoney()).isEqualTo(2);
        assertThat(down.totalMoney()).isZero();
        assertThat(nearest.totalMoney()).isEqualTo(59);
        // 59 / 7 = 8 remainder 3: the first three months get 9 cents.
        assertThat(nearest.moneyAt(0)).isEqualTo(9);
        assertThat(nearest.moneyAt(2)).isEqualTo(9);
        assertThat(nearest.moneyAt(3)).isEqualTo(8);
    }

    @Test
    void rampLegGrowsLinearlyAndGivesTheRemainderToTheLatestMonths() {
        // 1,000 cents over 3 months weighs 1:2:3 -> exact shares 166.67, 333.33, 500 -> floors 166, 333, 500
        // lose one cent, which goes to the last month.
        DealSchedule s = scheduleOf(deal("ramp").valueMinor(1_000, ValueBasis.TOTAL_OVER_TERM).term("2026-01", 3)
                .legMinor("2026-01", 3, ScheduleShape.RAMP, 1_000).build());

        assertThat(s.moneyAt(0)).isEqualTo(166);
        assertThat(s.moneyAt(1)).isEqualTo(333);
        assertThat(s.moneyAt(2)).isEqualTo(501);
    }

    @Test
    void rampOfTenBillionOverFourMonthsSplitsOneTwoThreeFour() {
        DealSchedule s = scheduleOf(deal("ramp").value("10", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 4)
                .leg("2026-01", 4, ScheduleShape.RAMP, "10").build());

        assertThat(s.moneyAt(0)).isEqualTo(100_000_000_000L);
        assertThat(s.moneyAt(1)).isEqualTo(200_000_000_000L);
        assertThat(s.moneyAt(2)).isEqualTo(300_000_000_000L);
        assertThat(s.moneyAt(3)).isEqualTo(400_000_000_000L);
    }

    @Test
    void lumpLegPlacesEverythingInItsFirstMonth() {
        // A $5B tranche in March 2026 plus $12B spread over 2027.
        DealSchedule s = scheduleOf(deal("tranches").value("17", ValueBasis.TOTAL_OVER_TERM)
                .leg("2026-03", 6, ScheduleShape.LUMP, "5")
                .leg("2027-01", 12, ScheduleShape.EVEN, "12").build());

        assertThat(Months.month(s.startMonth())).isEqualTo(YearMonth.of(2026, 3));
        assertThat(Months.month(s.endMonth())).isEqualTo(YearMonth.of(2027, 12));
        assertThat(moneyIn(s, "2026-03")).isEqualTo(500_000_000_000L);
        assertThat(moneyIn(s, "2026-04")).isZero();
        assertThat(moneyIn(s, "2026-12")).isZero();
        assertThat(moneyIn(s, "2027-01")).isEqualTo(100_000_000_000L);
        assertThat(s.totalMoney()).isEqualTo(1_700_000_000_000L);
        assertThat(s.flags()).isEmpty();
    }

    @Test
    void capacityOnlyLegsPlaceCapacityWhileTheHeadlineMoneyIsSpreadOverTheTerm() {
        // Up to $100B over 2026-2030; 1 GW comes online in June 2026 and 9 GW evenly over 2027-2030.
        DealSchedule s = scheduleOf(deal("nvidia").value("100", ValueBasis.UP_TO).term("2026-01", 60)
                .capacityGw("10")
                .capacityLeg("2026-06", 1, ScheduleShape.LUMP, "1")
                .capacityLeg("2027-01", 48, ScheduleShape.EVEN, "9").build());

        assertThat(s.length()).isEqualTo(60);
        // $100B / 60 = 166,666,666,666 cents remainder 40: the first 40 months get one more.
        assertThat(moneyIn(s, "2026-01")).isEqualTo(166_666_666_667L);
        assertThat(moneyIn(s, "2029-05")).isEqualTo(166_666_666_666L);
        assertThat(s.totalMoney()).isEqualTo(10_000_000_000_000L);
        assertThat(kilowattsIn(s, "2026-05")).isZero();
        assertThat(kilowattsIn(s, "2026-06")).isEqualTo(1_000_000L);
        assertThat(kilowattsIn(s, "2027-01")).isEqualTo(187_500L); // 9,000,000 / 48
        assertThat(s.totalKilowatts()).isEqualTo(10_000_000L);
        assertThat(s.flags()).containsExactly(ScheduleFlag.UPPER_BOUND);
    }

    @Test
    void withoutTermHeadlineMoneyIsSpreadOverTheSpanOfCapacityLegs() {
        // Legs span 2026-01..2026-04 (4 months): $4B becomes $1B a month.
        DealSchedule s = scheduleOf(deal("span").value("4", ValueBasis.TOTAL_OVER_TERM)
                .capacityLeg("2026-01", 1, ScheduleShape.LUMP, "0.5")
                .capacityLeg("2026-04", 1, ScheduleShape.LUMP, "0.5").build());

        assertThat(s.length()).isEqualTo(4);
        assertThat(moneyIn(s, "2026-02")).isEqualTo(100_000_000_000L);
        assertThat(kilowattsIn(s, "2026-02")).isZero();
        assertThat(kilowattsIn(s, "2026-04")).isEqualTo(500_000L);
        assertThat(s.flags()).doesNotContain(ScheduleFlag.TERM_UNKNOWN);
    }

    @Test
    void capacityIsSpreadOverTheTermWithTheRemainderInTheEarliestMonths() {
        // 1 GW = 1,000,000 kW over 12 months = 83,333 remainder 4.
        DealSchedule s = scheduleOf(deal("cap").undisclosed().capacityGw("1").term("2026-01", 12).build());

        assertThat(s.kilowattsAt(0)).isEqualTo(83_334);
        assertThat(s.kilowattsAt(3)).isEqualTo(83_334);
        assertThat(s.kilowattsAt(4)).isEqualTo(83_333);
        assertThat(s.totalKilowatts()).isEqualTo(1_000_000);
    }

    @Test
    void undisclosedValueCarriesNoMoneyButKeepsItsCapacityAndIsFlagged() {
        DealSchedule s = scheduleOf(deal("broadcom").undisclosed().capacityGw("10").term("2026-07", 42).build());

        assertThat(s.totalMoney()).isZero();
        assertThat(s.totalKilowatts()).isEqualTo(10_000_000);
        assertThat(s.length()).isEqualTo(42);
        assertThat(s.flags()).containsExactly(ScheduleFlag.UNDISCLOSED);
    }

    @Test
    void undisclosedValueIgnoresMoneyOnLegs() {
        DealSchedule s = scheduleOf(deal("odd").undisclosed().leg("2026-01", 2, ScheduleShape.EVEN, "1").build());

        assertThat(s.totalMoney()).isZero();
        assertThat(s.flags()).contains(ScheduleFlag.UNDISCLOSED);
    }

    @Test
    void upToValueIsScheduledInFullAndFlaggedAsAnUpperBound() {
        DealSchedule s = scheduleOf(deal("amd").value("90", ValueBasis.UP_TO).term("2026-07", 60).build());

        assertThat(s.totalMoney()).isEqualTo(9_000_000_000_000L);
        assertThat(s.flags()).containsExactly(ScheduleFlag.UPPER_BOUND);
    }

    @Test
    void analystEstimatesAndEstimatedConfidenceAreBothFlaggedAsEstimates() {
        DealSchedule byBasis = scheduleOf(deal("a").value("20", ValueBasis.ANALYST_ESTIMATE).term("2026-01", 12).build());
        DealSchedule byConfidence = scheduleOf(deal("b").value("20", ValueBasis.TOTAL_OVER_TERM)
                .confidence(Confidence.ESTIMATE).term("2026-01", 12).build());

        assertThat(byBasis.flags()).containsExactly(ScheduleFlag.ESTIMATE);
        assertThat(byConfidence.flags()).containsExactly(ScheduleFlag.ESTIMATE);
    }

    @Test
    void assumedTermIsFlagged() {
        DealSchedule s = scheduleOf(deal("a").value("20", ValueBasis.TOTAL_OVER_TERM).assumedTerm("2026-01", 60).build());

        assertThat(s.flags()).containsExactly(ScheduleFlag.TERM_ASSUMED);
    }

    @Test
    void withoutTermOrLegsEverythingLandsInTheMonthTheRevisionBecameKnown() {
        DealSchedule s = scheduleOf(deal("cerebras").announced("2026-01-14").value("10", ValueBasis.TOTAL_OVER_TERM)
                .capacityGw("0.75").build());

        assertThat(s.length()).isEqualTo(1);
        assertThat(Months.month(s.startMonth())).isEqualTo(YearMonth.of(2026, 1));
        assertThat(s.moneyAt(0)).isEqualTo(1_000_000_000_000L);
        assertThat(s.kilowattsAt(0)).isEqualTo(750_000);
        assertThat(s.flags()).containsExactly(ScheduleFlag.TERM_UNKNOWN);
    }

    @Test
    void eachRevisionIsScheduledOnItsOwn() {
        Deal deal = deal("grown").value("10", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 10)
                .then("2026-06-01").value("20", ValueBasis.TOTAL_OVER_TERM).build();

        assertThat(engine.schedule(deal, deal.revisions().get(0)).moneyAt(0)).isEqualTo(100_000_000_000L);
        assertThat(engine.schedule(deal, deal.revisions().get(1)).moneyAt(0)).isEqualTo(200_000_000_000L);
    }

    @Test
    void otherCurrenciesKeepTheirCurrencyCode() {
        DealSchedule s = scheduleOf(deal("eur").valueMajor("1200", "EUR", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build());

        assertThat(s.currency()).isEqualTo("EUR");
        assertThat(s.moneyAt(0)).isEqualTo(10_000);
    }

    @Test
    void theLargestAllowedAmountIsSplitWithoutOverflow() {
        // 10^15 dollars = 10^17 cents, ramped over 240 months: products reach 2.4e19, beyond a long.
        long cents = 100_000_000_000_000_000L;
        DealSchedule s = scheduleOf(deal("huge").valueMinor(cents, ValueBasis.TOTAL_OVER_TERM).term("2026-01", 240)
                .legMinor("2026-01", 240, ScheduleShape.RAMP, cents).build());

        assertThat(s.totalMoney()).isEqualTo(cents);
        // month 240 of 240 weighs 240 / 28,920 of the total.
        assertThat(s.moneyAt(239)).isBetween(829_875_518_672_199L, 829_875_518_672_199L + 240);
    }
}
