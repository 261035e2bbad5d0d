package com.computefolio.service.chart;

import com.computefolio.domain.MoneyDirection;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Measure;
import java.util.Set;

/** Titles of the charts and value-axis labels of the periodic ones, in words from the bundle; each {@link ChartKind} picks its title. */
final class ChartTitles {

    private final ChartText text;

    ChartTitles(ChartText text) {
        this.text = text;
    }

    /** "Commitments per quarter" (or inflows, or both directions, as the filter chooses). */
    String commitments(ChartRequest request, DealFilter filter) {
        return text.get(directionKey("chart.title.", filter.directions()), period(request));
    }

    /** "Commitments per quarter at a yearly rate" (or inflows, or both). */
    String runRate(ChartRequest request, DealFilter filter) {
        return text.get(directionKey("chart.title.runRate.", filter.directions()), period(request));
    }

    /** "Cumulative commitments" (or inflows, or both). */
    String cumulative(ChartRequest request, DealFilter filter) {
        return text.get("chart.title.cumulative" + directionSuffix(filter.directions()));
    }

    /** GW online so far, or GW added per period. */
    String capacity(ChartRequest request, DealFilter filter) {
        return request.cumulative() ? text.get("chart.title.capacity.cumulative")
                : text.get("chart.title.capacity.perPeriod", period(request));
    }

    /** GW under contract at the end of each period. */
    String contracted(ChartRequest request, DealFilter filter) {
        return text.get("chart.title.capacity.contracted");
    }

    String flows() {
        return text.get("chart.title.flows");
    }

    /** "Cumulative commitments under each scenario" (or inflows, or both). */
    String compare(DealFilter filter) {
        return text.get("chart.title.compare" + directionSuffix(filter.directions()));
    }

    String timeline() {
        return text.get("chart.title.timeline");
    }

    private String period(ChartRequest request) {
        return text.get("period." + request.granularity().name());
    }

    private static String directionKey(String prefix, Set<MoneyDirection> directions) {
        if (directions.size() == 1 && directions.contains(MoneyDirection.INFLOW)) {
            return prefix + "inflows";
        }
        return directions.size() > 1 ? prefix + "bothDirections" : prefix + "commitments";
    }

    private static String directionSuffix(Set<MoneyDirection> directions) {
        if (directions.size() == 1 && directions.contains(MoneyDirection.INFLOW)) {
            return ".inflows";
        }
        return directions.size() > 1 ? ".bothDirections" : "";
    }

    String valueAxisLabel(ChartRequest request, String currency) {
        if (request.type() == ChartType.CAPACITY_CONTRACTED) {
            return text.get("axis.capacity.contracted");
        }
        if (request.type().measure() == Measure.CAPACITY) {
            return text.get(request.cumulative() ? "axis.capacity.cumulative" : "axis.capacity.perPeriod");
        }
        if (request.type() == ChartType.RUN_RATE) {
            return "USD".equals(currency) ? text.get("axis.runRate.USD") : text.get("axis.runRate", currency);
        }
        return "USD".equals(currency) ? text.get("axis.money.USD") : text.get("axis.money", currency);
    }
}
