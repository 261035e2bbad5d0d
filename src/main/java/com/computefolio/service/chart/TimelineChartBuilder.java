package com.computefolio.service.chart;

import com.computefolio.domain.DealKind;
import com.computefolio.domain.Figure;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealView;
import com.computefolio.service.LocalNames;
import com.computefolio.service.GroupBy;
import com.computefolio.service.NettingLine;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds the timeline (Gantt) model: one bar per deal over its term, coloured by kind. */
final class TimelineChartBuilder {

    /** More bars than this cannot be read on a page; the largest deals are kept and the footnote says so. */
    static final int MAX_BARS = 60;

    private final AnalysisService analysis;
    private final ChartText text;
    private final ChartNotes notes;
    private final ValueFormat format;
    private final Palette palette = new Palette();

    TimelineChartBuilder(AnalysisService analysis, ChartText text) {
        this.analysis = analysis;
        this.text = text;
        this.format = new ValueFormat(text);
        this.notes = new ChartNotes(text);
    }

    ChartModel build(Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex, LocalDate generated, String title) {
        List<DealView> all = LocalNames.of(portfolio, text.locale()).views(analysis.deals(portfolio, request.filter()));
        List<DealView> views = all.size() > MAX_BARS ? largest(all) : all;
        LocalDate asOf = request.filter().asOf();
        Set<String> umbrellas = analysis.netting(portfolio, request.filter()).stream().filter(NettingLine::netted)
                .map(NettingLine::umbrellaId).collect(Collectors.toSet());
        List<TimelineBar> bars = views.stream().map(v -> bar(v, asOf, umbrellas.contains(v.deal().id())))
                .sorted(Comparator.comparing(TimelineBar::start).thenComparing(TimelineBar::end).thenComparing(TimelineBar::title))
                .toList();

        List<Source> sources = DealSources.of(views);
        SourceIndex index = sharedIndex != null ? sharedIndex : SourceIndex.of(sources);
        List<SourceRef> refs = index.refsFor(sources);
        String truncation = all.size() > views.size() ? text.get("footnote.truncated", views.size(), all.size()) : null;
        String subtitle = notes.subtitle(text.get("chart.subtitle.timeline"), request.filter(), portfolio.partiesById(), asOf,
                generated, bars.size());
        String footnote = notes.footnote(refs, List.of(), Map.of(), truncation);

        return new ChartModel(request, title, subtitle, footnote, text.get("axis.time"),
                text.get("axis.timeline.deals"), null, null, List.of(), List.of(), List.of(), legend(bars), bars, refs,
                List.of(), asOf, generated, CellIndex.empty());
    }

    private static List<DealView> largest(List<DealView> views) {
        return views.stream()
                .sorted(Comparator.comparingLong((DealView v) -> HeadlineTotal.minorUnits(v.revision()).orElse(-1)).reversed()
                        .thenComparing(v -> v.deal().id()))
                .limit(MAX_BARS).toList();
    }

    private TimelineBar bar(DealView view, LocalDate asOf, boolean remainder) {
        Revision r = view.revision();
        YearMonth start;
        YearMonth end;
        TimelineBar.TermBasis basis;
        if (r.term() != null) {
            start = r.term().start();
            end = r.term().end();
            basis = r.term().assumed() ? TimelineBar.TermBasis.ASSUMED : TimelineBar.TermBasis.STATED;
        } else if (!r.legs().isEmpty()) {
            start = r.legs().stream().map(ScheduleLeg::start).min(Comparator.naturalOrder()).orElseThrow();
            end = r.legs().stream().map(ScheduleLeg::end).max(Comparator.naturalOrder()).orElseThrow();
            basis = TimelineBar.TermBasis.LEGS;
        } else {
            start = YearMonth.from(r.knownFrom());
            end = start;
            basis = TimelineBar.TermBasis.UNKNOWN;
        }
        DealKind kind = view.deal().kind();
        Set<FigureMark> marks = EnumSet.noneOf(FigureMark.class);
        marks.addAll(FigureMark.of(r.value().confidence()));
        if (r.value().basis() == ValueBasis.UP_TO) {
            marks.add(FigureMark.CEILING);
        }
        if (r.value().basis() == ValueBasis.ANALYST_ESTIMATE) {
            marks.add(FigureMark.ESTIMATE);
        }
        if (basis == TimelineBar.TermBasis.ASSUMED || basis == TimelineBar.TermBasis.UNKNOWN) {
            marks.add(FigureMark.ASSUMED);
        }
        if (remainder) {
            marks.add(FigureMark.REMAINDER);
        }
        String title = remainder ? text.get("series.remainder", ChartNotes.shortTitle(view.title())) : view.title();
        return new TimelineBar(view.deal().id(), title, view.counterpartyName(), kind, r.status(),
                r.value().confidence(), SeriesStyle.of(r.value().confidence()), palette.preferred(GroupBy.KIND, kind.name()),
                start, end, basis, valueText(r), markers(view, asOf), marks);
    }

    private List<TimelineMarker> markers(DealView view, LocalDate asOf) {
        List<TimelineMarker> markers = new ArrayList<>();
        markers.add(new TimelineMarker(view.deal().announced(), TimelineMarker.Kind.ANNOUNCED, text.get("legend.marker.ANNOUNCED")));
        List<Revision> revisions = view.deal().revisions();
        for (int i = 1; i < revisions.size(); i++) {
            Revision r = revisions.get(i);
            if (asOf == null || !r.knownFrom().isAfter(asOf)) {
                markers.add(new TimelineMarker(r.knownFrom(), TimelineMarker.Kind.REVISED,
                        r.change() == null ? text.get("legend.marker.REVISED") : r.change()));
            }
        }
        for (ScheduleLeg leg : view.revision().legs()) {
            if (leg.label() != null && !leg.label().isBlank()) {
                markers.add(new TimelineMarker(leg.start().atDay(1), TimelineMarker.Kind.MILESTONE, leg.label()));
            }
        }
        return markers;
    }

    /** "$38B", "up to $100B", "$60B a year", "undisclosed", followed by the capacity when known. */
    private String valueText(Revision r) {
        Figure value = r.value();
        String money;
        if (!value.isDisclosed()) {
            money = text.get("value.undisclosed");
        } else {
            String amount = format.money(value.amount().minorUnits(), value.amount().currency());
            money = value.basis() == ValueBasis.UP_TO ? text.get("value.upTo", amount)
                    : value.basis() == ValueBasis.PER_YEAR ? text.get("value.perYear", amount) : amount;
        }
        return r.capacity() == null ? money : money + ", " + format.capacity(r.capacity().kilowatts());
    }

    private List<LegendEntry> legend(List<TimelineBar> bars) {
        List<LegendEntry> legend = new ArrayList<>();
        Map<DealKind, Long> kinds = bars.stream().collect(Collectors.groupingBy(TimelineBar::kind, TreeMap::new, Collectors.counting()));
        for (DealKind kind : kinds.keySet()) {
            legend.add(LegendEntry.group(kind.name(), text.name("kind", kind), palette.preferred(GroupBy.KIND, kind.name())));
        }
        Set<SeriesStyle> styles = bars.stream().map(TimelineBar::style).collect(Collectors.toCollection(() -> EnumSet.noneOf(SeriesStyle.class)));
        if (styles.size() > 1 || !styles.contains(SeriesStyle.SOLID)) {
            styles.forEach(style -> legend.add(LegendEntry.style(style, text.get("legend.style." + style.name()))));
        }
        Set<TimelineMarker.Kind> markerKinds = bars.stream().flatMap(b -> b.markers().stream()).map(TimelineMarker::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TimelineMarker.Kind.class)));
        markerKinds.forEach(kind -> legend.add(LegendEntry.marker(kind, text.get("legend.marker." + kind.name()))));
        legend.addAll(ChartLegends.patternLegend(text, bars.stream().flatMap(b -> b.marks().stream()).toList(), legend));
        return legend;
    }
}
