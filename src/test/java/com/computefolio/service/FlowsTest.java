package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static com.computefolio.testing.PortfolioBuilder.portfolio;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.json.PortfolioJsonReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money both ways per buyer and counterparty, checked by hand against data/openai-portfolio.json
 * (docs/flows.md states the same figures): Amazon sells $138B of cloud and invests $50B (36.23%),
 * Microsoft sells $250B of Azure and holds $13B of equity (5.20%), Nvidia only invests.
 */
class FlowsTest {
    private static final long BILLION_CENTS = 100_000_000_000L;

    private static Portfolio curated;
    private final AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());

    @BeforeAll
    static void readCuratedData() {
        curated = new PortfolioJsonReader(new DealValidator()).read(Path.of("data", "openai-portfolio.json")).portfolio();
    }

    private Flows flows(Portfolio portfolio, DealFilter filter) {
        return analysis.select(portfolio, DealSelectionQuery.of(filter)).flows();
    }

    private static FlowRow row(Flows flows, String counterparty) {
        return flows.rows().stream().filter(r -> r.counterpartyId().equals(counterparty)).findFirst().orElseThrow();
    }

    @Test
    void amazonsInvestmentCouldPayForAThirdOfItsCloudSales() {
        FlowRow amazon = row(flows(curated, DealFilter.ALL), "amazon");

        assertThat(amazon.outMinor()).isEqualTo(138 * BILLION_CENTS);
        assertThat(amazon.inMinor()).isEqualTo(50 * BILLION_CENTS);
        assertThat(amazon.netMinor()).isEqualTo(-88 * BILLION_CENTS);
        assertThat(amazon.circular()).isTrue();
        // 50 / 138 = 0.362318..., so 36.23%.
        assertThat(amazon.financedPercent()).contains(new BigDecimal("36.23"));
    }

    @Test
    void microsoftsEquityAgainstItsAzureSaleCountsTheCumulativeThirteenBillionOnce() {
        FlowRow microsoft = row(flows(curated, DealFilter.ALL), "microsoft");

        // The $1B and $10B investments are superseded by the $13B total: counted once.
        assertThat(microsoft.inMinor()).isEqualTo(13 * BILLION_CENTS);
        assertThat(microsoft.outMinor()).isEqualTo(250 * BILLION_CENTS);
        assertThat(microsoft.financedPercent()).contains(new BigDecimal("5.20"));
        assertThat(microsoft.caveats()).containsEntry("NOT_LIVE", 2);
    }

    @Test
    void nvidiaOnlyInvestsAndItsLetterOfIntentCountsOnlyWhileItWasInForce() {
        FlowRow before = row(flows(curated, DealFilter.ALL.withAsOf(LocalDate.of(2025, 12, 31))), "nvidia");
        FlowRow now = row(flows(curated, DealFilter.ALL), "nvidia");

        assertThat(before.inMinor()).isEqualTo(100 * BILLION_CENTS);
        assertThat(now.inMinor()).isEqualTo(30 * BILLION_CENTS);
        assertThat(now.outMinor()).isZero();
        assertThat(now.netMinor()).isEqualTo(30 * BILLION_CENTS);
        assertThat(now.circular()).isFalse();
        assertThat(now.financedPercent()).isEmpty();
    }

    @Test
    void circularTotalsAddOnlyThePairsWithMoneyBothWays() {
        Flows flows = flows(curated, DealFilter.ALL);

        assertThat(flows.circularRows()).extracting(FlowRow::counterpartyId).containsExactly("microsoft", "amazon");
        // Out 250 + 138 = 388, in 13 + 50 = 63; 63 / 388 = 0.162371..., so 16.24%.
        assertThat(flows.circular().outMinor()).isEqualTo(388 * BILLION_CENTS);
        assertThat(flows.circular().inMinor()).isEqualTo(63 * BILLION_CENTS);
        assertThat(flows.circularFinancedPercent()).contains(new BigDecimal("16.24"));
    }

    @Test
    void asOfTheEndOf2025AmazonWasNotYetCircular() {
        Flows flows = flows(curated, DealFilter.ALL.withAsOf(LocalDate.of(2025, 12, 31)));

        assertThat(row(flows, "amazon").outMinor()).isEqualTo(38 * BILLION_CENTS);
        assertThat(row(flows, "amazon").circular()).isFalse();
        assertThat(flows.circularRows()).extracting(FlowRow::counterpartyId).containsExactly("microsoft");
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01, 2026-12-31", "2025-01-01, 2030-12-31", "2028-07-01, 2028-09-30", ","})
    void everyPairAgreesWithTheSummaryOfItsCounterpartyAndTheTotalWithTheSelection(LocalDate from, LocalDate to) {
        DealFilter filter = new DealFilter(null, null, null, null, null, from, to, null, null);
        DealSelection selection = analysis.select(curated, DealSelectionQuery.of(filter));
        Flows flows = selection.flows();

        for (SummaryRow s : selection.summary(GroupBy.COUNTERPARTY).rows()) {
            FlowRow f = row(flows, s.key());
            assertThat(f.outMinor()).as(s.key()).isEqualTo(s.commitmentsMinor());
            assertThat(f.inMinor()).as(s.key()).isEqualTo(s.inflowsMinor());
            assertThat(f.deals()).as(s.key()).isEqualTo(s.deals());
        }
        assertThat(flows.total().outMinor()).isEqualTo(selection.totals().commitmentsMinor());
        assertThat(flows.total().inMinor()).isEqualTo(selection.totals().inflowsMinor());
        assertThat(flows.total().netMinor()).isEqualTo(selection.totals().inflowsMinor() - selection.totals().commitmentsMinor());
        assertThat(flows.total().caveats()).isEqualTo(selection.totals().caveats());
    }

    @Test
    void eachBuyerHasItsOwnPairsSoTwoBuyersOfOneSellerAreNotMixed() {
        Portfolio twoBuyers = portfolio().party("openai", "OpenAI").party("anthropic", "Anthropic").party("amazon", "Amazon")
                .deals(deal("openai-aws").buyer("openai").counterparty("amazon").value("40", ValueBasis.TOTAL_OVER_TERM)
                                .term("2026-01", 12).build(),
                        deal("amazon-anthropic").buyer("anthropic").counterparty("amazon").inflow()
                                .value("8", ValueBasis.TOTAL_OVER_TERM).term("2026-01", 1).build(),
                        deal("anthropic-aws").buyer("anthropic").counterparty("amazon").value("10", ValueBasis.TOTAL_OVER_TERM)
                                .term("2026-01", 12).build())
                .build();

        Flows flows = flows(twoBuyers, DealFilter.ALL);

        assertThat(flows.rows()).extracting(FlowRow::buyerName, FlowRow::outMinor, FlowRow::inMinor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Anthropic", 10 * BILLION_CENTS, 8 * BILLION_CENTS),
                org.assertj.core.groups.Tuple.tuple("OpenAI", 40 * BILLION_CENTS, 0L));
        assertThat(flows.circularRows()).extracting(FlowRow::buyerId).containsExactly("anthropic");
        assertThat(flows.circularFinancedPercent()).contains(new BigDecimal("80.00"));
    }

    @ParameterizedTest
    @CsvSource({
            "1, 8, 12.50",
            "1, 3, 33.33",
            "2, 3, 66.67",
            // 1/8000 = 0.0125%: half-even keeps the even 0.01 (half-up would give 0.02).
            "1, 8000, 0.01",
            "3, 8000, 0.04",
            "150, 100, 150.00"})
    void financedShareIsInOverOutRoundedHalfEvenToTwoPlaces(long in, long out, String percent) {
        FlowRow row = FlowRow.of("b", "B", "c", "C", 2, out, in, Map.of());

        assertThat(row.financedPercent()).contains(new BigDecimal(percent));
    }

    @Test
    void aPairWithMoneyOneWayHasNoFinancedShare() {
        assertThat(FlowRow.of("b", "B", "c", "C", 1, 0, 5, Map.of()).financedPercent()).isEmpty();
        assertThat(FlowRow.of("b", "B", "c", "C", 1, 5, 0, Map.of()).financedPercent()).isEmpty();
    }
}
