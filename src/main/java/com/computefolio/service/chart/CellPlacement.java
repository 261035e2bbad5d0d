package com.computefolio.service.chart;

import com.computefolio.domain.ExactSums;
import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.Months;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.Measure;
import java.time.YearMonth;
import java.util.Collections;
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
     * months outside the filter's window and money in another currency are not counted. A deal's
     * months are summed per period before they reach the index (one entry per deal and period,
     * not per month), with months as plain ints: at 100,000 deals this loop runs millions of times.
     */
    CellIndex place(List<ChartSeries> series, Map<String, DealView> views, int periodCount,
                                Map<YearMonth, Integer> periodIndex, ChartRequest request, Measure measure, String currency) {
        CellIndex.Builder cells = new CellIndex.Builder(series.size(), periodCount, request.cumulative());
        if (periodIndex.isEmpty()) {
            return cells.build();
        }
        DealFilter filter = request.filter();
        int fromMonth = filter.from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(filter.from()));
        int toMonth = filter.to() == null ? Integer.MAX_VALUE : Months.index(YearMonth.from(filter.to()));
        // Periods are calendar-aligned and follow each other without gaps from the first.
        int firstPeriodMonth = Months.index(Collections.min(periodIndex.keySet()));
        int monthsPerPeriod = request.granularity().months();
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
                String title = view.deal().title();
                int period = -1;
                long sum = 0;
                for (int i = 0; i < schedule.length(); i++) {
                    int month = schedule.startMonth() + i;
                    int p = Math.floorDiv(month - firstPeriodMonth, monthsPerPeriod);
                    if (month < fromMonth || month > toMonth || p < 0 || p >= periodCount) {
                        continue;
                    }
                    if (p != period) {
                        if (period >= 0) {
                            cells.add(s, period, dealId, title, sum);
                        }
                        period = p;
                        sum = 0;
                    }
                    sum = ExactSums.add(sum, measure == Measure.MONEY ? schedule.moneyAt(i) : schedule.kilowattsAt(i), measure == Measure.CAPACITY);
                }
                if (period >= 0) {
                    cells.add(s, period, dealId, title, sum);
                }
            }
        }
        return cells.build();
    }
}
