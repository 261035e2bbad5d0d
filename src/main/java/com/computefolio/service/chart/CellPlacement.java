package com.computefolio.service.chart;

import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.Months;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.Measure;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Finds which deals make up each cell of a periodic chart, from the deals' own schedules. */
final class CellPlacement {

    private final ScheduleEngine schedules;

    CellPlacement(ScheduleEngine schedules) {
        this.schedules = schedules;
    }

    /**
     * Places each drawn deal's monthly amounts into the cells, by the same rules as the timeline:
     * months outside the filter's window and money in another currency are not counted.
     */
    CellIndex place(List<ChartSeries> series, Map<String, DealView> views, int periodCount,
                                Map<YearMonth, Integer> periodIndex, ChartRequest request, Measure measure, String currency) {
        CellIndex.Builder cells = new CellIndex.Builder(series.size(), periodCount, request.cumulative());
        DealFilter filter = request.filter();
        YearMonth from = filter.from() == null ? null : YearMonth.from(filter.from());
        YearMonth to = filter.to() == null ? null : YearMonth.from(filter.to());
        for (int s = 0; s < series.size(); s++) {
            for (String dealId : series.get(s).dealIds()) {
                DealView view = views.get(dealId);
                if (view == null) {
                    continue;
                }
                DealSchedule schedule = schedules.schedule(view.deal(), view.revision());
                if (measure == Measure.MONEY && !schedule.currency().equals(currency)) {
                    continue;
                }
                for (int i = 0; i < schedule.length(); i++) {
                    YearMonth month = Months.month(schedule.startMonth() + i);
                    if ((from != null && month.isBefore(from)) || (to != null && month.isAfter(to))) {
                        continue;
                    }
                    Integer p = periodIndex.get(request.granularity().periodStart(month));
                    if (p != null) {
                        long amount = measure == Measure.MONEY ? schedule.moneyAt(i) : schedule.kilowattsAt(i);
                        cells.add(s, p, dealId, view.deal().title(), amount);
                    }
                }
            }
        }
        return cells.build();
    }

}
