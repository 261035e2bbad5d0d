package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flows chart of the curated data: one column per counterparty with money either way, out
 * below zero, in above, the net marked, and the circular pairs named in the column and the
 * footnote with the figures of docs/flows.md (Amazon $50B in for $138B out, 36.23%).
 */
class FlowsChartTest {
    private static final long BILLION_CENTS = 100_000_000_000L;

    private static Portfolio curated;
    private final ChartModelFactory models = ChartFixtures.modelFactory();

    @BeforeAll
    static void readCuratedData() {
        curated = new PortfolioJsonReader(new DealValidator()).read(Path.of("data", "openai-portfolio.json")).portfolio();
    }

    private ChartModel flows(DealFilter filter) {
        return models.create(curated, ChartRequest.of(ChartType.FLOWS, GroupBy.COUNTERPARTY, Granularity.YEAR, filter));
    }

    private static int column(ChartModel model, String label) {
        int at = model.periodLabels().indexOf(label);
        assertThat(at).as(label + " in " + model.periodLabels()).isNotNegative();
        return at;
    }

    private static long value(ChartModel model, String seriesKey, int column) {
        return model.series().stream().filter(s -> s.key().equals(seriesKey)).findFirst().orElseThrow().values().get(column);
    }

    @Test
    void amazonsColumnGoesBothWaysAndIsMarkedCircular() {
        ChartModel model = flows(DealFilter.ALL);
        int amazon = column(model, "Amazon (AWS) (circular)");

        assertThat(value(model, FlowSeries.OUT, amazon)).isEqualTo(-138 * BILLION_CENTS);
        assertThat(value(model, FlowSeries.IN, amazon)).isEqualTo(50 * BILLION_CENTS);
        assertThat(value(model, FlowSeries.NET, amazon)).isEqualTo(-88 * BILLION_CENTS);
        assertThat(model.title()).isEqualTo("Money both ways: paid out, invested in, and the net");
    }

    @Test
    void onlyCounterpartiesWithMoneyEitherWayGetAColumn() {
        ChartModel model = flows(DealFilter.ALL);

        assertThat(model.periodLabels()).contains("Nvidia", "SoftBank Group", "Microsoft (Azure) (circular)")
                .doesNotContain("AMD", "Broadcom");
        assertThat(model.series()).allSatisfy(s -> assertThat(s.values()).hasSize(model.periodLabels().size()));
        int nvidia = column(model, "Nvidia");
        assertThat(value(model, FlowSeries.OUT, nvidia)).isZero();
        assertThat(value(model, FlowSeries.IN, nvidia)).isEqualTo(30 * BILLION_CENTS);
    }

    @Test
    void theFootnoteSaysHowMuchOfEachCircularPurchaseTheSellersInvestmentCouldPay() {
        ChartModel model = flows(DealFilter.ALL);

        assertThat(model.footnote()).contains("Circular pairs").contains("Amazon (AWS) $50B in for $138B out (36.23%)")
                .contains("Microsoft (Azure) $13B in for $250B out (5.20%)").contains("Together 16.24%")
                .contains("rounded half-even");
        assertThat(model.sources()).isNotEmpty();
    }

    @Test
    void beforeAmazonsInvestmentOnlyMicrosoftIsCircular() {
        ChartModel model = flows(DealFilter.ALL.withAsOf(LocalDate.of(2025, 12, 31)));

        assertThat(model.periodLabels()).contains("Amazon (AWS)", "Microsoft (Azure) (circular)");
        assertThat(model.subtitle()).contains("as known on 2025-12-31");
        assertThat(value(model, FlowSeries.IN, column(model, "Nvidia"))).isEqualTo(100 * BILLION_CENTS);
    }

    @Test
    void withoutCircularPairsTheFootnoteSaysThereAreNone() {
        ChartModel model = flows(new DealFilter(null, java.util.Set.of("nvidia"), null, null, null, null, null, null, null));

        assertThat(model.footnote()).contains("No circular pairs");
        assertThat(model.periodLabels()).containsExactly("Nvidia");
    }

    @Test
    void itsFileIsNamedForItself() {
        assertThat(ChartKinds.of(ChartType.FLOWS).fileName(ChartRequest.of(ChartType.FLOWS, null, null, null))).isEqualTo("flows");
    }
}
