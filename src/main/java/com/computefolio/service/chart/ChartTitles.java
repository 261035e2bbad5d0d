package com.computefolio.service.chart;

import com.computefolio.domain.MoneyDirection;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Measure;
import java.util.Set;

/** Titles and value-axis labels of the periodic charts, in words from the bundle. */
final class ChartTitles {

    private final ChartText text;

    ChartTitles(ChartText text) {
        this.text = text;
    }

    String title(ChartRequest request, DealFilter filter) {
        String period = text.get("period." + request.granularity().name());
        return switch (request.type()) {
            case COMMITMENTS -> text.get(directionKey("chart.title.", filter.directions()), period);
            case CUMULATIVE -> text.get("chart.title.cumulative" + directionSuffix(filter.directions()));
            case CAPACITY -> request.cumulative() ? text.get("chart.title.capacity.cumulative")
                    : text.get("chart.title.capacity.perPeriod", period);
            case TIMELINE -> throw new IllegalArgumentException("the timeline is not a periodic chart");
        };
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
        if (request.type().measure() == Measure.CAPACITY) {
            return text.get(request.cumulative() ? "axis.capacity.cumulative" : "axis.capacity.perPeriod");
        }
        return "USD".equals(currency) ? text.get("axis.money.USD") : text.get("axis.money", currency);
    }
}
