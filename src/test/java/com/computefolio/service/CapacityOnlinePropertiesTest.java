package com.computefolio.service;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.Months;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.testing.DealBuilder;
import com.computefolio.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Capacity online over generated registers: every period is what the deals' own months give (a
 * deal's capacity so far while its schedule runs, nothing after), no deal ever has more online
 * than it contracted, and every grouping adds up to the ungrouped total.
 */
class CapacityOnlinePropertiesTest {

    private static final YearMonth BASE = YearMonth.of(2026, 1);
    private static final String[] COUNTERPARTIES = {"amazon", "oracle", "amd"};

    private final ScheduleEngine engine = new ScheduleEngine();
    private final AnalysisService service = new DefaultAnalysisService(engine);

    /** One capacity leg: start offset from the term's start, months, shape and kilowatts. */
    record LegSpec(int offset, int months, ScheduleShape shape, long kilowatts) {
    }

    /** One deal: capacity (kW), term start offset and months, and its capacity legs (none: spread over the term). */
    record Spec(long kilowatts, int startOffset, int months, List<LegSpec> legs, int party, DealKind kind) {
    }

    @Provide
    Arbitrary<List<Spec>> registers() {
        Arbitrary<LegSpec> leg = Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 30),
                Arbitraries.of(ScheduleShape.class), Arbitraries.longs().between(1, 5_000_000_000L)).as(LegSpec::new);
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.longs().between(1, 5_000_000_000L), Arbitraries.integers().between(0, 36),
                Arbitraries.integers().between(1, 60), leg.list().ofMaxSize(3), Arbitraries.integers().between(0, 2),
                Arbitraries.of(DealKind.CHIPS, DealKind.DATA_CENTRE, DealKind.CLOUD_SERVICES)).as(Spec::new);
        return spec.list().ofMinSize(1).ofMaxSize(12);
    }

    private static Portfolio register(List<Spec> specs) {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            YearMonth start = BASE.plusMonths(s.startOffset());
            DealBuilder builder = deal("d" + i).counterparty(COUNTERPARTIES[s.party()]).kind(s.kind())
                    .capacityGw(gigawatts(s.kilowatts())).term(start.toString(), s.months());
            for (LegSpec leg : s.legs()) {
                builder.capacityLeg(start.plusMonths(leg.offset()).toString(), leg.months(), leg.shape(), gigawatts(leg.kilowatts()));
            }
            deals.add(builder.build());
        }
        return PortfolioBuilder.portfolio().party("openai", "OpenAI").party("amazon", "Amazon").party("oracle", "Oracle")
                .party("amd", "AMD").deals(deals).build();
    }

    private static String gigawatts(long kilowatts) {
        return BigDecimal.valueOf(kilowatts, 6).toPlainString();
    }

    private static TimelineQuery online(GroupBy groupBy, Granularity granularity) {
        return new TimelineQuery(DealFilter.ALL, groupBy, granularity, Measure.CAPACITY, TimelineMode.CUMULATIVE);
    }

    /** A deal's capacity online at the end of a month, from its own schedule. */
    private static long onlineAt(DealSchedule schedule, int month) {
        if (month < schedule.startMonth() || month > schedule.endMonth()) {
            return 0;
        }
        long sum = 0;
        for (int m = schedule.startMonth(); m <= month; m++) {
            sum += schedule.kilowattsAt(m - schedule.startMonth());
        }
        return sum;
    }

    @Property(tries = 120)
    void everyPeriodIsWhatTheDealsHaveOnlineAtItsEnd(@ForAll("registers") List<Spec> specs, @ForAll Granularity granularity) {
        Portfolio register = register(specs);
        Timeline timeline = service.timeline(register, online(GroupBy.NONE, granularity));
        List<DealSchedule> schedules = register.deals().stream().map(d -> engine.schedule(d, d.current())).toList();
        int lastMonth = schedules.stream().mapToInt(DealSchedule::endMonth).max().orElseThrow();

        List<Long> values = timeline.series().get(0).values();
        for (int p = 0; p < values.size(); p++) {
            int periodEnd = Math.min(lastMonth, Months.index(timeline.periodStarts().get(p)) + granularity.months() - 1);
            long expected = schedules.stream().mapToLong(s -> onlineAt(s, periodEnd)).sum();
            assertThat(values.get(p)).as("period %s", timeline.periodLabels().get(p)).isEqualTo(expected);
        }
    }

    @Property(tries = 60)
    void noDealHasMoreOnlineThanItContracted(@ForAll("registers") List<Spec> specs, @ForAll Granularity granularity) {
        Portfolio register = register(specs);
        TimelineQuery query = online(GroupBy.NONE, granularity);
        Timeline timeline = service.timeline(register, query);
        String key = timeline.series().get(0).key();
        Map<String, Long> contracted = new HashMap<>();
        register.deals().forEach(d -> contracted.put(d.id(), engine.schedule(d, d.current()).totalKilowatts()));

        for (int p = 0; p < timeline.periodStarts().size(); p++) {
            for (Contribution c : service.contributions(register, query, key, p)) {
                assertThat(c.amount()).as("%s in period %d", c.dealId(), p).isBetween(0L, contracted.get(c.dealId()));
            }
        }
    }

    @Property(tries = 60)
    void noDealHasMoreOnlineThanUnderContractInAnyPeriod(@ForAll("registers") List<Spec> specs, @ForAll Granularity granularity) {
        Portfolio register = register(specs);
        TimelineQuery onlineQuery = online(GroupBy.NONE, granularity);
        TimelineQuery contractedQuery = new TimelineQuery(DealFilter.ALL, GroupBy.NONE, granularity, Measure.CAPACITY,
                TimelineMode.CONTRACTED);
        Map<YearMonth, Map<String, Long>> online = byPeriodAndDeal(register, onlineQuery);
        Map<YearMonth, Map<String, Long>> contracted = byPeriodAndDeal(register, contractedQuery);

        online.forEach((period, deals) -> deals.forEach((deal, gw) -> assertThat(gw).as("%s in %s", deal, period)
                .isLessThanOrEqualTo(contracted.getOrDefault(period, Map.of()).getOrDefault(deal, 0L))));
    }

    private Map<YearMonth, Map<String, Long>> byPeriodAndDeal(Portfolio register, TimelineQuery query) {
        Timeline timeline = service.timeline(register, query);
        Map<YearMonth, Map<String, Long>> found = new HashMap<>();
        if (timeline.series().isEmpty()) {
            return found;
        }
        String key = timeline.series().get(0).key();
        for (int p = 0; p < timeline.periodStarts().size(); p++) {
            Map<String, Long> deals = found.computeIfAbsent(timeline.periodStarts().get(p), k -> new HashMap<>());
            service.contributions(register, query, key, p).forEach(c -> deals.put(c.dealId(), c.amount()));
        }
        return found;
    }

    @Property(tries = 60)
    void everyGroupingAddsUpToTheUngroupedTotal(@ForAll("registers") List<Spec> specs, @ForAll Granularity granularity,
                                                @ForAll GroupBy groupBy) {
        Portfolio register = register(specs);
        Timeline whole = service.timeline(register, online(GroupBy.NONE, granularity));
        Timeline grouped = service.timeline(register, online(groupBy, granularity));

        assertThat(grouped.periodStarts()).isEqualTo(whole.periodStarts());
        for (int p = 0; p < whole.periodStarts().size(); p++) {
            int period = p;
            long sum = grouped.series().stream().mapToLong(s -> s.values().get(period)).sum();
            assertThat(sum).isEqualTo(whole.series().get(0).values().get(p));
        }
        assertThat(grouped.grandTotal()).isEqualTo(whole.grandTotal());
    }
}
