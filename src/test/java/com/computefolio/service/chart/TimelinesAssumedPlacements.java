package com.computefolio.service.chart;

import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleFlag;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Term;
import com.computefolio.service.DealCells;
import com.computefolio.service.DealView;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The yardstick's placements (see {@link TimelinesChartBuilder}), from every deal's cells.
 * Says, deal by deal, what a chart places at times no source states, so a reader can see what is
 * assumed: a term the curator inferred ({@link ScheduleFlag#TERM_ASSUMED}) or, without any term,
 * everything in the month the deal became known ({@link ScheduleFlag#TERM_UNKNOWN}). The caveats
 * are those of the schedules the chart was drawn from (the service's cells), so only deals that put
 * something on the chart are listed.
 */
final class TimelinesAssumedPlacements {

    private final ChartText text;
    private final DateTimeFormatter months;

    TimelinesAssumedPlacements(ChartText text) {
        this.text = text;
        this.months = DateTimeFormatter.ofPattern("MMMM yyyy", text.locale());
    }

    /** The drawn deals placed at assumed times, earliest first. */
    List<AssumedPlacement> of(List<ChartSeries> series, Map<String, DealView> viewsById, Map<String, DealCells> cells) {
        Set<String> drawn = new LinkedHashSet<>();
        series.forEach(s -> drawn.addAll(s.dealIds()));
        List<Placed> placed = new ArrayList<>();
        for (String dealId : drawn) {
            DealCells c = cells.get(dealId);
            DealView view = viewsById.get(dealId);
            if (c == null || view == null) {
                continue;
            }
            Revision r = view.revision();
            if (c.flags().contains(ScheduleFlag.TERM_UNKNOWN)) {
                YearMonth month = YearMonth.from(r.knownFrom());
                placed.add(new Placed(month, dealId, view.title(), "placement.lump", month(month), "", ""));
            } else if (c.flags().contains(ScheduleFlag.TERM_ASSUMED) && r.term() != null) {
                Term term = r.term();
                String key = term.months() == 1 ? "placement.assumedMonth" : r.legs().isEmpty() ? "placement.spread" : "placement.legs";
                placed.add(new Placed(term.start(), dealId, view.title(), key, month(term.start()), month(term.end()),
                        lumps(r.legs())));
            }
        }
        placed.sort(Comparator.comparing(Placed::start).thenComparing(Placed::title));
        // Short titles ("CoreWeave GPU cloud") unless two deals would read the same; then the whole title.
        Map<String, Long> shortTitles = placed.stream().collect(Collectors.groupingBy(p -> ChartNotes.shortTitle(p.title()),
                Collectors.counting()));
        return placed.stream().map(p -> {
            String shortTitle = ChartNotes.shortTitle(p.title());
            String name = shortTitles.get(shortTitle) > 1 ? p.title() : shortTitle;
            return new AssumedPlacement(p.dealId(), p.title(), text.get(p.key(), name, p.from(), p.to(), p.lumps()));
        }).toList();
    }

    private record Placed(YearMonth start, String dealId, String title, String key, String from, String to, String lumps) {
    }

    private String month(YearMonth month) {
        return month.format(months);
    }

    /** The months of the legs that place everything at once, which the curator chose within the assumed term. */
    private String lumps(List<ScheduleLeg> legs) {
        List<String> months = legs.stream().filter(l -> l.shape() == com.computefolio.domain.ScheduleShape.LUMP)
                .map(l -> month(l.start())).distinct().toList();
        return months.isEmpty() ? "" : text.get("placement.lumps", String.join(", ", months));
    }
}
