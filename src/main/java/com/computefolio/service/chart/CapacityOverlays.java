package com.computefolio.service.chart;

import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import com.computefolio.service.Measure;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The context series a chart draws as lines: on the capacity-online chart, every series stated in
 * gigawatts (such as the compute a buyer says it has online), so that the gap between what is
 * contracted to come online and what is stated to be online shows. Other charts have none here.
 */
final class CapacityOverlays {

    static final String GIGAWATTS = "GW";
    private static final int KW_PER_GW_EXPONENT = 6;

    private CapacityOverlays() {
    }

    /** The series a request draws as lines, in the portfolio's order; their values are not yet cited. */
    static List<ContextSeries> of(Portfolio portfolio, ChartRequest request) {
        if (request.type().measure() != Measure.CAPACITY || !request.cumulative()) {
            return List.of();
        }
        return portfolio.contextSeries().stream().filter(s -> GIGAWATTS.equals(s.unit()) && !s.points().isEmpty()).toList();
    }

    /** Every source the series cite, for the chart's numbering. */
    static List<Source> sources(List<ContextSeries> series) {
        List<Source> sources = new ArrayList<>();
        series.forEach(s -> s.points().forEach(p -> sources.addAll(p.sources())));
        return sources;
    }

    /** A series as a line: points in time order, gigawatts as exact kilowatts (half-even past a kilowatt). */
    static ChartOverlay overlay(ContextSeries series, SourceIndex index) {
        List<ContextPoint> points = series.points().stream().sorted(Comparator.comparing(CapacityOverlays::month)).toList();
        List<YearMonth> months = points.stream().map(CapacityOverlays::month).toList();
        List<Long> values = points.stream()
                .map(p -> p.value().movePointRight(KW_PER_GW_EXPONENT).setScale(0, RoundingMode.HALF_EVEN).longValueExact()).toList();
        List<Source> cited = new ArrayList<>();
        points.forEach(p -> cited.addAll(p.sources()));
        return new ChartOverlay(series.id(), series.name(), months, values, ValueUnit.GIGAWATTS, index.refsFor(cited));
    }

    /** "2025" is the end of 2025 (a stock stated for a year is what it reached by then); "2026-02" is that month. */
    static YearMonth month(ContextPoint point) {
        String period = point.period();
        return period.length() == 4 ? YearMonth.of(Integer.parseInt(period), 12) : YearMonth.parse(period);
    }
}
