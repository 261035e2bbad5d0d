package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.testing.PortfolioBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capacity online is a stock: a deal's gigawatts come online by its legs (or evenly over its term),
 * stay online until its schedule ends, and then leave. Worked examples a person can check by hand.
 */
class CapacityOnlineTest {

    private static final long GW = 1_000_000L;

    private final AnalysisService service = new DefaultAnalysisService(new ScheduleEngine());

    private static TimelineQuery online(DealFilter filter, Granularity granularity) {
        return new TimelineQuery(filter, GroupBy.COUNTERPARTY, granularity, Measure.CAPACITY, TimelineMode.CUMULATIVE);
    }

    private static long valueAt(Timeline timeline, String seriesKey, String periodStart) {
        int period = timeline.periodStarts().indexOf(YearMonth.parse(periodStart));
        assertThat(period).as("period %s", periodStart).isNotNegative();
        return timeline.series().stream().filter(s -> s.key().equals(seriesKey)).findFirst().orElseThrow().values().get(period);
    }

    @Test
    void amdIsOneGigawattOnlineAtTheEndOf2026AndSixAtTheEndOfItsRamp() throws Exception {
        Portfolio curated = new PortfolioJsonReader(new DealValidator()).read(Path.of("data", "openai-portfolio.json")).portfolio();
        Timeline timeline = service.timeline(curated, online(DealFilter.ALL, Granularity.YEAR));

        assertThat(valueAt(timeline, "amd", "2025-01")).isZero();
        assertThat(valueAt(timeline, "amd", "2026-01")).isEqualTo(1 * GW);
        // 5 GW evenly over 36 months: 138,888 kW a month and one more in each of the first 32 months.
        assertThat(valueAt(timeline, "amd", "2027-01")).isEqualTo(1 * GW + 12 * 138_889L);
        assertThat(valueAt(timeline, "amd", "2029-01")).isEqualTo(6 * GW);
    }

    @Test
    void amdIsSixGigawattsUnderContractFromItsAnnouncementToTheEndOfItsTerm() throws Exception {
        Portfolio curated = new PortfolioJsonReader(new DealValidator()).read(Path.of("data", "openai-portfolio.json")).portfolio();
        TimelineQuery contracted = new TimelineQuery(DealFilter.ALL, GroupBy.COUNTERPARTY, Granularity.YEAR, Measure.CAPACITY,
                TimelineMode.CONTRACTED);

        Timeline timeline = service.timeline(curated, contracted);

        // Announced 2025-10-06; its schedule runs to 2029-12.
        assertThat(valueAt(timeline, "amd", "2025-01")).isEqualTo(6 * GW);
        assertThat(valueAt(timeline, "amd", "2029-01")).isEqualTo(6 * GW);
        assertThat(valueAt(timeline, "amd", "2030-01")).isZero();
    }

    @Test
    void aDealKeepsItsCapacityForItsTermAndThenLetsItGo() {
        // 1 GW in one lump in March 2026, a term of 2026-01 to 2026-12; another deal runs into 2027.
        Portfolio register = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon").party("oracle", "Oracle")
                .deals(deal("short").counterparty("amazon").capacityGw("1").term("2026-01", 12)
                                .capacityLeg("2026-03", 1, ScheduleShape.LUMP, "1").build(),
                        deal("long").counterparty("oracle").capacityGw("2").term("2026-01", 24).build())
                .build();

        Timeline timeline = service.timeline(register, online(DealFilter.ALL, Granularity.QUARTER));

        assertThat(timeline.series().stream().filter(s -> s.key().equals("amazon")).findFirst().orElseThrow().values())
                .containsExactly(GW, GW, GW, GW, 0L, 0L, 0L, 0L);
        // 2 GW evenly over 24 months: 83,333 kW a month and one more in each of the first 8 months.
        assertThat(valueAt(timeline, "oracle", "2026-01")).isEqualTo(3 * 83_334L);
        assertThat(valueAt(timeline, "oracle", "2027-10")).isEqualTo(2 * GW);
    }

    @Test
    void capacityThatCameOnlineBeforeAWindowIsOnlineWhenItOpens() {
        Portfolio register = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon")
                .deals(deal("d").capacityGw("1").term("2026-01", 24).capacityLeg("2026-02", 1, ScheduleShape.LUMP, "1").build())
                .build();
        DealFilter from2027 = new DealFilter(null, null, null, null, null, LocalDate.of(2027, 1, 1), null, null, null);

        Timeline timeline = service.timeline(register, online(from2027, Granularity.YEAR));

        assertThat(timeline.periodStarts()).containsExactly(YearMonth.of(2027, 1));
        assertThat(valueAt(timeline, "amazon", "2027-01")).isEqualTo(GW);
        assertThat(service.contributions(register, online(from2027, Granularity.YEAR), "amazon", 0))
                .extracting(Contribution::amount).containsExactly(GW);
    }

    @Test
    void capacityAddedPerPeriodIsUnchanged() {
        Portfolio register = PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon")
                .deals(deal("d").capacityGw("1").term("2026-01", 12).capacityLeg("2026-03", 1, ScheduleShape.LUMP, "1").build())
                .build();
        TimelineQuery added = new TimelineQuery(DealFilter.ALL, GroupBy.NONE, Granularity.QUARTER, Measure.CAPACITY,
                TimelineMode.PER_PERIOD);

        assertThat(service.timeline(register, added).series().get(0).values()).isEqualTo(List.of(GW));
    }
}
