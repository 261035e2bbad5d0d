package com.computefolio.service.chart;

import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Source;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds a chart's context lines and ranges from the register's context series. A year's figure
 * ("2025") is placed at the year's last month, when the whole year is known; a month's at its
 * month. Where points of one series disagree about the same month, the line goes through the most
 * confident of them (the last listed among equals) and a range spans them all; a published total
 * of commitments ({@link ContextKind#COMMITMENTS}) states one quantity, so its latest point also
 * carries a range over every value ever stated ($600B to $1.4T). Exact until drawn: billions are
 * turned into cents here, once, with BigDecimal.
 */
final class ContextOverlays {

    /** Longest part of a point's note quoted in a range's description; notes may be 10,000 characters. */
    private static final int NOTE_CHARS = 90;
    /** A billion is 10^11 cents. */
    private static final int CENTS_PER_BILLION_DIGITS = 11;

    private final ChartText text;
    private final ValueFormat format;

    ContextOverlays(ChartText text) {
        this.text = text;
        this.format = new ValueFormat(text);
    }

    /** What the chart draws beside its stacks, and how many points it could not place (no year or month, or too large). */
    record Drawn(List<ChartOverlay> lines, List<ChartRange> ranges, int pointsLeftOut) {
        static final Drawn NONE = new Drawn(List.of(), List.of(), 0);
    }

    /** One point placed at its month, with its exact value in cents. */
    private record Placed(YearMonth month, long cents, ContextPoint point) {
    }

    /** The sources cited by the points of the series, for numbering beside the deals' sources. */
    static List<Source> sources(List<ContextSeries> series) {
        return series.stream().flatMap(s -> s.points().stream()).flatMap(p -> p.sources().stream()).toList();
    }

    /**
     * The lines and ranges of the chosen series. Points before or after the deals' periods are kept:
     * the time axis widens to show them (a 2024 loss beside commitments that start in 2025).
     */
    Drawn build(List<ContextSeries> chosen, SourceIndex index) {
        List<ChartOverlay> lines = new ArrayList<>();
        List<ChartRange> ranges = new ArrayList<>();
        int leftOut = 0;
        for (ContextSeries series : chosen) {
            TreeMap<YearMonth, List<Placed>> byMonth = new TreeMap<>();
            for (ContextPoint point : series.points()) {
                Placed placed = place(point);
                if (placed == null) {
                    leftOut++;
                } else {
                    byMonth.computeIfAbsent(placed.month(), m -> new ArrayList<>()).add(placed);
                }
            }
            if (byMonth.isEmpty()) {
                continue;
            }
            List<YearMonth> months = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (Map.Entry<YearMonth, List<Placed>> e : byMonth.entrySet()) {
                months.add(e.getKey());
                values.add(lineValue(e.getValue()).cents());
                range(series, e.getKey(), e.getValue(), index).ifPresent(ranges::add);
            }
            if (ContextKind.of(series).orElse(null) == ContextKind.COMMITMENTS && byMonth.size() > 1) {
                List<Placed> all = byMonth.values().stream().flatMap(List::stream).toList();
                range(series, byMonth.lastKey(), all, index).ifPresent(ranges::add);
            }
            List<Source> cited = series.points().stream().flatMap(p -> p.sources().stream()).toList();
            lines.add(new ChartOverlay(series.id(), series.name(), months, values, ValueUnit.BILLIONS, index.refsFor(cited)));
        }
        return new Drawn(lines, ranges, leftOut);
    }

    /** The most confident point; among equals the last listed, which curators add as the later word. */
    private static Placed lineValue(List<Placed> points) {
        Placed best = points.get(0);
        for (Placed p : points) {
            if (p.point().confidence().compareTo(best.point().confidence()) <= 0) {
                best = p;
            }
        }
        return best;
    }

    private Optional<ChartRange> range(ContextSeries series, YearMonth month, List<Placed> points, SourceIndex index) {
        Placed low = points.stream().min(Comparator.comparingLong(Placed::cents)).orElseThrow();
        Placed high = points.stream().max(Comparator.comparingLong(Placed::cents)).orElseThrow();
        if (low.cents() == high.cents()) {
            return Optional.empty();
        }
        List<SourceRef> lowRefs = index.refsFor(low.point().sources());
        List<SourceRef> highRefs = index.refsFor(high.point().sources());
        String description = text.get("overlay.range", series.name(), side(low, lowRefs), side(high, highRefs));
        return Optional.of(new ChartRange(series.id(), series.name(), month, low.cents(), high.cents(),
                ValueUnit.BILLIONS, lowRefs, highRefs, description));
    }

    /** "$5B in 2024 [2] (about $5B loss, a projection reported by the New York Times)". */
    private String side(Placed placed, List<SourceRef> refs) {
        String numbers = refs.stream().map(r -> String.valueOf(r.number())).collect(Collectors.joining(", ", " [", "]"));
        String note = placed.point().note() == null || placed.point().note().isBlank() ? ""
                : text.get("overlay.range.note", shortNote(placed.point().note().strip()));
        return text.get("overlay.range.side", format.money(placed.cents(), "USD"), placed.point().period(),
                refs.isEmpty() ? "" : numbers, note);
    }

    private static String shortNote(String note) {
        String oneLine = note.replaceAll("\\s+", " ");
        return oneLine.length() <= NOTE_CHARS ? oneLine : oneLine.substring(0, NOTE_CHARS - 1).stripTrailing() + "\u2026";
    }

    /** The point at its month in cents, or null when its period is not a year or a month or its value does not fit. */
    private static Placed place(ContextPoint point) {
        YearMonth month = month(point.period().strip());
        if (month == null) {
            return null;
        }
        try {
            long cents = point.value().movePointRight(CENTS_PER_BILLION_DIGITS).setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            return new Placed(month, cents, point);
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    /** "2025": December 2025, when the year's figure is complete; "2026-02": that month; else null. */
    static YearMonth month(String period) {
        try {
            if (period.matches("\\d{4}")) {
                return YearMonth.of(Integer.parseInt(period), 12);
            }
            return YearMonth.parse(period);
        } catch (DateTimeException notAPeriod) {
            return null;
        }
    }

}
