package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples over a small register modelled on OpenAI's 2025 deals. Money in cents:
 * AWS $38B over 84 months from 2025-11 is 45,238,095,238 cents a month with one cent more in the
 * first 8 months; Oracle $300B over 60 months from 2027-01 is exactly $5B (500,000,000,000 cents)
 * a month.
 */
class DefaultAnalysisServiceTest {

    private static final long AWS_2025 = 2 * 45_238_095_239L;                 //  90,476,190,478
    private static final long AWS_2026 = 12 * 45_238_095_238L + 6;            // 542,857,142,862
    private static final long AWS_TOTAL = 3_800_000_000_000L;
    private static final long ORACLE_TOTAL = 30_000_000_000_000L;

    private final AnalysisService service = new DefaultAnalysisService(new ScheduleEngine());

    private final Deal aws = deal("openai-aws").title("AWS cloud capacity").counterparty("amazon")
            .announced("2025-11-03").value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
            .hardware("Nvidia GB200/GB300").tags("stargate-adjacent").sourceIds("S24").build();
    private final Deal oracle = deal("openai-oracle").title("Oracle cloud, 4.5 GW").counterparty("oracle")
            .announced("2025-09-10").status(DealStatus.REPORTED).confidence(Confidence.REPORTED)
            .value("300", ValueBasis.TOTAL_OVER_TERM).term("2027-01", 60).build();
    private final Deal nvidia = deal("nvidia-openai-investment").title("Nvidia invests up to $100B").counterparty("nvidia")
            .inflow().kind(DealKind.EQUITY_INVESTMENT).announced("2025-09-22")
            .value("100", ValueBasis.UP_TO).term("2026-01", 10).build();
    private final Deal broadcom = deal("openai-broadcom").title("Custom accelerators").counterparty("broadcom")
            .kind(DealKind.CUSTOM_SILICON).announced("2025-10-13").notes("Ten gigawatts of custom chips.")
            .undisclosed().capacityGw("10").term("2026-07", 42).build();
    private final Deal amazonEquity = deal("amazon-openai-equity-2026").title("Amazon equity investment").counterparty("amazon")
            .inflow().kind(DealKind.EQUITY_INVESTMENT).announced("2026-02-27").value("50", ValueBasis.TOTAL_OVER_TERM).build();
    private final Deal cancelled = deal("openai-microsoft-old").title("Old Azure deal").counterparty("microsoft")
            .announced("2025-01-21").status(DealStatus.CANCELLED).value("10", ValueBasis.TOTAL_OVER_TERM)
            .term("2026-01", 12).build();
    private final Deal euro = deal("openai-sap-eur").title("Sovereign cloud in euros").counterparty("sap")
            .announced("2025-12-01").valueMajor("1200", "EUR", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12).build();

    private final Portfolio register = PortfolioBuilder.portfolio()
            .party("openai", "OpenAI").party("amazon", "Amazon (AWS)").party("oracle", "Oracle")
            .party("nvidia", "Nvidia").party("broadcom", "Broadcom").party("microsoft", "Microsoft").party("sap", "SAP")
            .deals(aws, oracle, nvidia, broadcom, amazonEquity, cancelled, euro).build();

    private static DealFilter filter() {
        return DealFilter.ALL;
    }

    private static DealFilter window(String from, String to) {
        return new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), LocalDate.parse(from), LocalDate.parse(to), null, Set.of());
    }

    private static DealFilter directions(MoneyDirection... directions) {
        return DealFilter.ALL.withDirections(Set.of(directions));
    }

    private static DealFilter parties(String... ids) {
        return new DealFilter(null, Set.of(ids), Set.of(), Set.of(), Set.of(), null, null, null, Set.of());
    }

    private static TimelineQuery yearly(DealFilter filter) {
        return new TimelineQuery(filter, GroupBy.COUNTERPARTY, Granularity.YEAR, Measure.MONEY, false);
    }

    private static TimelineSeries series(Timeline timeline, String key) {
        return timeline.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<DealView> views) {
        return views.stream().map(v -> v.deal().id()).toList();
    }

    // ---- deals() -------------------------------------------------------------------------------

    @Test
    void dealsAreSortedByAnnouncedDateThenIdAndCarryPartyNames() {
        List<DealView> views = service.deals(register, filter());

        assertThat(ids(views)).containsExactly("openai-microsoft-old", "openai-oracle", "nvidia-openai-investment",
                "openai-broadcom", "openai-aws", "openai-sap-eur", "amazon-openai-equity-2026");
        assertThat(views.get(4).buyerName()).isEqualTo("OpenAI");
        assertThat(views.get(4).counterpartyName()).isEqualTo("Amazon (AWS)");
    }

    @Test
    void dealsAnnouncedOnTheSameDayAreOrderedById() {
        Deal b = deal("b").announced("2025-05-05").build();
        Deal a = deal("a").announced("2025-05-05").build();

        assertThat(ids(service.deals(PortfolioBuilder.portfolio().deals(b, a).build(), filter()))).containsExactly("a", "b");
    }

    @Test
    void aShuffledRegisterComesOutInAnnouncedThenIdOrder() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            deals.add(deal("deal-" + (i * 7919) % 500).announced(LocalDate.of(2025, 1, 1).plusDays(i % 7).toString()).build());
        }
        Collections.shuffle(deals, new Random(42));

        List<DealView> views = service.deals(PortfolioBuilder.portfolio().deals(deals).build(), filter());

        assertThat(views).hasSize(500).isSortedAccordingTo(Comparator
                .comparing((DealView v) -> v.deal().announced()).thenComparing(v -> v.deal().id()));
    }

    @Test
    void asOfLeavesOutDealsNotYetKnownAndShowsTheRevisionThenInForce() {
        Deal grown = deal("grown").announced("2025-06-01").value("10", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12)
                .then("2026-02-27").value("20", ValueBasis.TOTAL_OVER_TERM).build();
        Portfolio p = PortfolioBuilder.portfolio().deals(grown, amazonEquity).build();

        List<DealView> before = service.deals(p, filter().withAsOf(LocalDate.of(2026, 1, 1)));
        List<DealView> after = service.deals(p, filter().withAsOf(LocalDate.of(2026, 2, 27)));

        assertThat(ids(before)).containsExactly("grown");
        assertThat(before.get(0).revision().value().amount().minorUnits()).isEqualTo(1_000_000_000_000L);
        assertThat(ids(after)).containsExactly("grown", "amazon-openai-equity-2026");
        assertThat(after.get(0).revision().value().amount().minorUnits()).isEqualTo(2_000_000_000_000L);
    }

    @Test
    void asOfChangesTheTimelineToo() {
        Deal grown = deal("grown").counterparty("amazon").value("12", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12)
                .then("2026-02-27").value("24", ValueBasis.TOTAL_OVER_TERM).build();
        Portfolio p = PortfolioBuilder.portfolio().deals(grown).build();

        Timeline before = service.timeline(p, yearly(filter().withAsOf(LocalDate.of(2026, 1, 1))));
        Timeline now = service.timeline(p, yearly(filter()));

        assertThat(before.grandTotal()).isEqualTo(1_200_000_000_000L);
        assertThat(now.grandTotal()).isEqualTo(2_400_000_000_000L);
    }

    @Test
    void textSearchIsCaseInsensitiveOverIdsTitlesPartyNamesTagsNotesAndHardware() {
        assertThat(ids(service.deals(register, filter().withText("AWS"))))
                .containsExactly("openai-aws", "amazon-openai-equity-2026"); // the second by its counterparty's name
        assertThat(ids(service.deals(register, filter().withText("gb300")))).containsExactly("openai-aws");
        assertThat(ids(service.deals(register, filter().withText("Stargate")))).containsExactly("openai-aws");
        assertThat(ids(service.deals(register, filter().withText("gigawatts")))).containsExactly("openai-broadcom");
        assertThat(ids(service.deals(register, filter().withText("  euros ")))).containsExactly("openai-sap-eur");
        assertThat(service.deals(register, filter().withText("anthropic"))).isEmpty();
    }

    @Test
    void filtersByPartyKindStatusConfidenceAndDirection() {
        assertThat(ids(service.deals(register, parties("nvidia")))).containsExactly("nvidia-openai-investment");
        assertThat(ids(service.deals(register, new DealFilter(null, Set.of(), Set.of(DealKind.CUSTOM_SILICON), Set.of(),
                Set.of(), null, null, null, Set.of())))).containsExactly("openai-broadcom");
        assertThat(ids(service.deals(register, new DealFilter(null, Set.of(), Set.of(), Set.of(DealStatus.REPORTED, DealStatus.CANCELLED),
                Set.of(), null, null, null, Set.of())))).containsExactly("openai-microsoft-old", "openai-oracle");
        assertThat(ids(service.deals(register, new DealFilter(null, Set.of(), Set.of(), Set.of(),
                Set.of(Confidence.REPORTED), null, null, null, Set.of())))).containsExactly("openai-oracle");
        assertThat(ids(service.deals(register, directions(MoneyDirection.INFLOW))))
                .containsExactly("nvidia-openai-investment", "amazon-openai-equity-2026");
    }

    @Test
    void dateWindowKeepsDealsWhoseMonthsOverlapIt() {
        // 2033: only AWS's tail (to 2032-10) is gone; nothing runs then.
        assertThat(service.deals(register, window("2033-01-01", "2033-12-31"))).isEmpty();
        // 2032: AWS still runs to October; Oracle ended in 2031-12.
        assertThat(ids(service.deals(register, window("2032-01-01", "2032-12-31")))).containsExactly("openai-aws");
        // February 2026 holds the undated Amazon investment (placed in the month it became known).
        assertThat(ids(service.deals(register, window("2026-02-01", "2026-02-28"))))
                .contains("amazon-openai-equity-2026").doesNotContain("openai-oracle");
    }

    // ---- timeline() ----------------------------------------------------------------------------

    @Test
    void yearlyTimelineByCounterpartyAddsUpEachYearExactly() {
        Timeline t = service.timeline(register, yearly(filter()));

        assertThat(t.periodLabels()).containsExactly("2025", "2026", "2027", "2028", "2029", "2030", "2031", "2032");
        assertThat(t.periodStarts().get(0)).isEqualTo(YearMonth.of(2025, 1));
        assertThat(t.currency()).isEqualTo("USD");
        TimelineSeries amazon = series(t, "amazon");
        assertThat(amazon.label()).isEqualTo("Amazon (AWS)");
        assertThat(amazon.values().get(0)).isEqualTo(AWS_2025);
        assertThat(amazon.values().get(1)).isEqualTo(AWS_2026);
        assertThat(amazon.total()).isEqualTo(AWS_TOTAL);
        assertThat(series(t, "oracle").values()).containsExactly(0L, 0L, 6_000_000_000_000L, 6_000_000_000_000L,
                6_000_000_000_000L, 6_000_000_000_000L, 6_000_000_000_000L, 0L);
        assertThat(t.grandTotal()).isEqualTo(AWS_TOTAL + ORACLE_TOTAL);
    }

    @Test
    void seriesAreOrderedByTotalThenKey() {
        Timeline t = service.timeline(register, yearly(filter()));

        assertThat(t.series()).extracting(TimelineSeries::key).containsExactly("oracle", "amazon", "broadcom", "sap");
    }

    @Test
    void inflowsAndCancelledDealsStayOffAMoneyTimelineByDefault() {
        Timeline t = service.timeline(register, yearly(filter()));

        assertThat(t.series()).flatExtracting(TimelineSeries::dealIds)
                .doesNotContain("nvidia-openai-investment", "amazon-openai-equity-2026", "openai-microsoft-old");
    }

    @Test
    void undisclosedDealsAreListedAndCountedButCarryNoMoney() {
        Timeline t = service.timeline(register, yearly(filter()));

        assertThat(t.undisclosedDealIds()).containsExactly("openai-broadcom");
        TimelineSeries broadcom = series(t, "broadcom");
        assertThat(broadcom.total()).isZero();
        assertThat(broadcom.dealIds()).containsExactly("openai-broadcom");
        assertThat(broadcom.caveats()).containsExactly(entry("UNDISCLOSED", 1));
    }

    @Test
    void moneyInOtherCurrenciesIsLeftOutWithACaveat() {
        TimelineSeries sap = series(service.timeline(register, yearly(filter())), "sap");

        assertThat(sap.total()).isZero();
        assertThat(sap.caveats()).containsExactly(entry("OTHER_CURRENCY", 1));
    }

    @Test
    void inflowsAloneAreShownWhenTheFilterAsksForThem() {
        Timeline t = service.timeline(register, yearly(directions(MoneyDirection.INFLOW)));

        // Nvidia: up to $100B over 10 months of 2026; Amazon: $50B, no term, placed in February 2026.
        assertThat(t.periodLabels()).containsExactly("2026");
        assertThat(series(t, "nvidia").values()).containsExactly(10_000_000_000_000L);
        assertThat(series(t, "nvidia").caveats()).containsExactly(entry("UPPER_BOUND", 1));
        assertThat(series(t, "amazon").values()).containsExactly(5_000_000_000_000L);
        assertThat(series(t, "amazon").caveats()).containsExactly(entry("TERM_UNKNOWN", 1));
    }

    @Test
    void withBothDirectionsInflowsGetSeriesOfTheirOwnAndAreNotNetted() {
        Timeline t = service.timeline(register, yearly(directions(MoneyDirection.COMMITMENT, MoneyDirection.INFLOW)));

        assertThat(series(t, "amazon").total()).isEqualTo(AWS_TOTAL);
        TimelineSeries amazonInflow = series(t, "amazon:inflow");
        assertThat(amazonInflow.label()).isEqualTo("Amazon (AWS) (inflow)");
        assertThat(amazonInflow.total()).isEqualTo(5_000_000_000_000L);
        assertThat(series(t, "nvidia:inflow").total()).isEqualTo(10_000_000_000_000L);
    }

    @Test
    void cancelledDealsCarryNoMoneyEvenWhenSelected() {
        DealFilter onlyCancelled = new DealFilter(null, Set.of(), Set.of(), Set.of(DealStatus.CANCELLED), Set.of(),
                null, null, null, Set.of());

        Timeline t = service.timeline(register, yearly(onlyCancelled));

        assertThat(t.series()).isEmpty();
        assertThat(t.grandTotal()).isZero();
    }

    @Test
    void quarterlyTimelineStartsAtTheCalendarQuarterOfTheFirstMonth() {
        Timeline t = service.timeline(register, new TimelineQuery(parties("amazon"), GroupBy.COUNTERPARTY,
                Granularity.QUARTER, Measure.MONEY, false));

        assertThat(t.periodLabels()).hasSize(29).startsWith("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3").endsWith("2032-Q4");
        assertThat(t.periodStarts().get(0)).isEqualTo(YearMonth.of(2025, 10));
        // Q4 2025 = Nov + Dec; Q1 and Q2 2026 are months 3..8, all with the extra cent; Q3 2026 has none.
        assertThat(series(t, "amazon").values()).startsWith(90_476_190_478L, 135_714_285_717L, 135_714_285_717L,
                135_714_285_714L);
        assertThat(series(t, "amazon").values().get(28)).isEqualTo(45_238_095_238L); // October 2032 alone
    }

    @Test
    void cumulativeTimelineIsTheRunningTotal() {
        Timeline t = service.timeline(register, new TimelineQuery(parties("amazon"), GroupBy.COUNTERPARTY,
                Granularity.MONTH, Measure.MONEY, true));

        List<Long> values = series(t, "amazon").values();
        assertThat(t.periodLabels()).hasSize(84).startsWith("2025-11");
        assertThat(values.get(0)).isEqualTo(45_238_095_239L);
        assertThat(values.get(1)).isEqualTo(90_476_190_478L);
        assertThat(values.get(83)).isEqualTo(AWS_TOTAL);
        assertThat(t.grandTotal()).isEqualTo(AWS_TOTAL);
    }

    @Test
    void dateWindowClipsThePeriods() {
        Timeline t = service.timeline(register, yearly(window("2026-01-01", "2026-12-31")));

        assertThat(t.periodLabels()).containsExactly("2026");
        assertThat(series(t, "amazon").values()).containsExactly(AWS_2026);
        assertThat(t.series()).extracting(TimelineSeries::key).doesNotContain("oracle");
    }

    @Test
    void windowStartingMidQuarterCountsOnlyItsMonths() {
        // From March 2026: Q1 2026 holds March only.
        Timeline t = service.timeline(register, new TimelineQuery(new DealFilter(null, Set.of("amazon"), Set.of(), Set.of(),
                Set.of(), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 30), null, Set.of()),
                GroupBy.COUNTERPARTY, Granularity.QUARTER, Measure.MONEY, false));

        assertThat(t.periodLabels()).containsExactly("2026-Q1", "2026-Q2");
        assertThat(series(t, "amazon").values()).containsExactly(45_238_095_239L, 135_714_285_717L);
    }

    @Test
    void capacityTimelineCountsKilowattsOfEveryDirection() {
        Timeline t = service.timeline(register, new TimelineQuery(filter(), GroupBy.COUNTERPARTY, Granularity.YEAR,
                Measure.CAPACITY, false));

        // 10 GW over 42 months from 2026-07: 238,095 kW a month, the first 10 months one more.
        assertThat(t.currency()).isNull();
        assertThat(t.periodLabels()).containsExactly("2026", "2027", "2028", "2029");
        assertThat(series(t, "broadcom").values()).containsExactly(6 * 238_096L, 4 * 238_096L + 8 * 238_095L,
                12 * 238_095L, 12 * 238_095L);
        assertThat(series(t, "broadcom").total()).isEqualTo(10_000_000L);
    }

    @Test
    void groupingsUseStableKeysAndReadableLabels() {
        Timeline byKind = service.timeline(register, new TimelineQuery(filter(), GroupBy.KIND, Granularity.YEAR, Measure.MONEY, false));
        Timeline byStatus = service.timeline(register, new TimelineQuery(filter(), GroupBy.STATUS, Granularity.YEAR, Measure.MONEY, false));
        Timeline byYear = service.timeline(register, new TimelineQuery(filter(), GroupBy.YEAR, Granularity.YEAR, Measure.MONEY, false));
        Timeline byBuyer = service.timeline(register, new TimelineQuery(filter(), GroupBy.BUYER, Granularity.YEAR, Measure.MONEY, false));
        Timeline all = service.timeline(register, new TimelineQuery(filter(), GroupBy.NONE, Granularity.YEAR, Measure.MONEY, false));

        assertThat(series(byKind, "CLOUD_SERVICES").label()).isEqualTo("Cloud services");
        assertThat(series(byKind, "CLOUD_SERVICES").total()).isEqualTo(AWS_TOTAL + ORACLE_TOTAL);
        assertThat(series(byStatus, "REPORTED").total()).isEqualTo(ORACLE_TOTAL);
        assertThat(series(byStatus, "DEFINITIVE").label()).isEqualTo("Definitive");
        assertThat(byYear.series()).extracting(TimelineSeries::key).containsExactly("2025");
        assertThat(series(byBuyer, "openai").label()).isEqualTo("OpenAI");
        assertThat(all.series()).extracting(TimelineSeries::key, TimelineSeries::label).containsExactly(
                tuple("all", "All deals"));
        assertThat(series(all, "all").total()).isEqualTo(AWS_TOTAL + ORACLE_TOTAL);
        assertThat(series(all, "all").caveats()).containsOnly(entry("UNDISCLOSED", 1), entry("OTHER_CURRENCY", 1));
    }

    @Test
    void emptyRegisterGivesAnEmptyTimeline() {
        Timeline t = service.timeline(PortfolioBuilder.portfolio().build(), yearly(filter()));

        assertThat(t.periodStarts()).isEmpty();
        assertThat(t.series()).isEmpty();
        assertThat(t.grandTotal()).isZero();
    }

    // ---- summary() -----------------------------------------------------------------------------

    @Test
    void summaryTotalsCommitmentsAndInflowsApartPerCounterparty() {
        Summary s = service.summary(register, filter(), GroupBy.COUNTERPARTY);

        assertThat(s.currency()).isEqualTo("USD");
        assertThat(s.rows()).extracting(SummaryRow::key)
                .containsExactly("oracle", "amazon", "nvidia", "broadcom", "microsoft", "sap");
        SummaryRow amazon = s.rows().get(1);
        assertThat(amazon.deals()).isEqualTo(2);
        assertThat(amazon.commitmentsMinor()).isEqualTo(AWS_TOTAL);
        assertThat(amazon.inflowsMinor()).isEqualTo(5_000_000_000_000L);
        assertThat(s.rows().get(3).kilowatts()).isEqualTo(10_000_000L);
        assertThat(s.rows().get(4).caveats()).containsExactly(entry("NOT_LIVE", 1));
        assertThat(s.rows().get(4).commitmentsMinor()).isZero();
        assertThat(s.rows().get(5).caveats()).containsExactly(entry("OTHER_CURRENCY", 1));

        SummaryRow total = s.total();
        assertThat(total.key()).isEqualTo("total");
        assertThat(total.deals()).isEqualTo(7);
        assertThat(total.commitmentsMinor()).isEqualTo(AWS_TOTAL + ORACLE_TOTAL);
        assertThat(total.inflowsMinor()).isEqualTo(15_000_000_000_000L);
        assertThat(total.kilowatts()).isEqualTo(10_000_000L);
        assertThat(total.caveats()).containsOnly(entry("UNDISCLOSED", 1), entry("UPPER_BOUND", 1),
                entry("TERM_UNKNOWN", 1), entry("OTHER_CURRENCY", 1), entry("NOT_LIVE", 1));
    }

    @Test
    void summaryOverADateWindowAgreesWithTheTimeline() {
        DealFilter year2026 = window("2026-01-01", "2026-12-31");

        Summary s = service.summary(register, year2026, GroupBy.COUNTERPARTY);

        SummaryRow amazon = s.rows().stream().filter(r -> r.key().equals("amazon")).findFirst().orElseThrow();
        assertThat(amazon.commitmentsMinor()).isEqualTo(AWS_2026);
        assertThat(s.total().commitmentsMinor()).isEqualTo(service.timeline(register, yearly(year2026)).grandTotal());
    }

    // ---- contributions() -----------------------------------------------------------------------

    @Test
    void contributionsNameTheDealsBehindACellWithTheirSources() {
        List<Contribution> cell = service.contributions(register, yearly(filter()), "amazon", 1);

        assertThat(cell).hasSize(1);
        Contribution c = cell.get(0);
        assertThat(c.dealId()).isEqualTo("openai-aws");
        assertThat(c.dealTitle()).isEqualTo("AWS cloud capacity");
        assertThat(c.amount()).isEqualTo(AWS_2026);
        assertThat(c.confidence()).isEqualTo("OFFICIAL");
        assertThat(c.sources()).extracting(Source::id).containsExactly("S24");
    }

    @Test
    void contributionsOfACumulativeCellAddUpToItsRunningTotal() {
        TimelineQuery cumulative = new TimelineQuery(filter(), GroupBy.COUNTERPARTY, Granularity.YEAR, Measure.MONEY, true);

        List<Contribution> cell = service.contributions(register, cumulative, "amazon", 1);

        assertThat(cell).extracting(Contribution::amount).containsExactly(AWS_2025 + AWS_2026);
        assertThat(series(service.timeline(register, cumulative), "amazon").values().get(1)).isEqualTo(AWS_2025 + AWS_2026);
    }

    @Test
    void contributionsListUndisclosedDealsWithoutAnAmount() {
        List<Contribution> cell = service.contributions(register, yearly(filter()), "broadcom", 1);

        assertThat(cell).extracting(Contribution::dealId, Contribution::amount)
                .containsExactly(tuple("openai-broadcom", 0L));
    }

    @Test
    void contributionsOutsideTheTimelineAreEmpty() {
        assertThat(service.contributions(register, yearly(filter()), "amazon", 99)).isEmpty();
        assertThat(service.contributions(register, yearly(filter()), "amazon", -1)).isEmpty();
        assertThat(service.contributions(register, yearly(filter()), "nobody", 1)).isEmpty();
        assertThat(service.contributions(register, yearly(filter()), "oracle", 0)).isEmpty();
    }

    // ---- cells() -------------------------------------------------------------------------------

    @Test
    void cellsGiveEachDealItsPartOfEveryPeriodAsItsContributionsDo() {
        TimelineQuery query = yearly(filter());
        Timeline timeline = service.timeline(register, query);

        Map<String, DealCells> cells = service.cells(register, query, timeline.periodStarts().get(0), timeline.periodStarts().size());

        DealCells awsCells = cells.get("openai-aws");
        assertThat(awsCells.title()).isEqualTo("AWS cloud capacity");
        assertThat(awsCells.period(0)).isEqualTo(timeline.periodStarts().indexOf(YearMonth.of(2025, 1)));
        assertThat(awsCells.amount(0)).isEqualTo(AWS_2025);
        assertThat(awsCells.amount(1)).isEqualTo(AWS_2026);
        for (TimelineSeries ts : timeline.series()) {
            for (int p = 0; p < timeline.periodStarts().size(); p++) {
                for (Contribution c : service.contributions(register, query, ts.key(), p)) {
                    assertThat(amountIn(cells.get(c.dealId()), p)).as("%s in period %d", c.dealId(), p).isEqualTo(c.amount());
                }
            }
        }
    }

    @Test
    void cellsLeaveOutMoneyThatIsNotAddedAndMonthsOutsideThePeriodsAsked() {
        TimelineQuery query = yearly(filter());

        Map<String, DealCells> cells = service.cells(register, query, YearMonth.of(2026, 1), 1);

        assertThat(cells).doesNotContainKeys("openai-sap-eur", "openai-broadcom", "openai-microsoft-old");
        assertThat(cells.get("openai-aws").count()).isEqualTo(1);
        assertThat(cells.get("openai-aws").amount(0)).isEqualTo(AWS_2026);
        assertThat(service.cells(register, query, YearMonth.of(2026, 1), 0)).isEmpty();
    }

    private static long amountIn(DealCells cells, int period) {
        if (cells == null) {
            return 0;
        }
        for (int i = 0; i < cells.count(); i++) {
            if (cells.period(i) == period) {
                return cells.amount(i);
            }
        }
        return 0;
    }

    // ---- scale ---------------------------------------------------------------------------------

    @Test
    void aLargeRegisterAddsUpToTheSumOfItsDeals() {
        List<Deal> deals = new ArrayList<>();
        long expected = 0;
        for (int i = 0; i < 20_000; i++) {
            long cents = 1_000_000_007L * (i % 97 + 1);
            int months = 12 + i % 61;
            String start = YearMonth.of(2024, 1).plusMonths(i % 48).toString();
            DealBuilder b = deal("d" + i).counterparty("c" + i % 23).announced("2024-01-01")
                    .valueMinor(cents, ValueBasis.TOTAL_OVER_TERM).term(start, months);
            deals.add(b.build());
            expected += cents;
        }
        Portfolio big = PortfolioBuilder.portfolio().deals(deals).build();
        TimelineQuery monthly = new TimelineQuery(filter(), GroupBy.COUNTERPARTY, Granularity.MONTH, Measure.MONEY, false);

        Timeline first = service.timeline(big, monthly);
        Timeline again = service.timeline(big, monthly);

        assertThat(first.series()).hasSize(23);
        assertThat(first.grandTotal()).isEqualTo(expected);
        assertThat(again).isEqualTo(first); // the schedule cache changes nothing
        assertThat(service.summary(big, filter(), GroupBy.COUNTERPARTY).total().commitmentsMinor()).isEqualTo(expected);
    }
}
