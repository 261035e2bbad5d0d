package com.computefolio.service.chart;

import com.computefolio.domain.Party;
import com.computefolio.domain.ScheduleFlag;
import com.computefolio.domain.Source;
import com.computefolio.service.DealFilter;
import com.computefolio.service.NettingLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the subtitle and the footnote that every chart carries into an export. */
final class ChartNotes {

    private static final int LISTED_TITLES = 3;
    private static final int LISTED_NUMBERS = 10;
    private static final int LISTED_PLACEMENTS = 12;
    /** Caveat names as the analysis service counts them: schedule flags plus money it could not add. */
    private static final List<String> CAVEATS_SHOWN = List.of(ScheduleFlag.UPPER_BOUND.name(), ScheduleFlag.ESTIMATE.name(),
            ScheduleFlag.TERM_ASSUMED.name(), ScheduleFlag.TERM_UNKNOWN.name(), "OTHER_CURRENCY", ScheduleFlag.NETTED.name());

    private final ChartText text;
    private final FilterDescription filters;
    private final ValueFormat format;
    /** Charts are computed on background threads, the newest request winning: read and replaced whole. */
    private volatile PublisherLine lastPublisherLine;

    ChartNotes(ChartText text) {
        this.text = text;
        this.format = new ValueFormat(text);
        this.filters = new FilterDescription(text);
    }

    /** "By counterparty, per quarter · kinds: Chips · as known on 2026-01-01 · 12 deals". */
    String subtitle(String lead, DealFilter filter, Map<String, Party> parties, LocalDate asOf, LocalDate generated,
                    int dealCount) {
        List<String> parts = new ArrayList<>();
        parts.add(lead);
        parts.addAll(filters.phrases(filter, parties));
        parts.add(asOf != null ? text.get("chart.subtitle.asOf", asOf.toString())
                : text.get("chart.subtitle.latest", generated.toString()));
        parts.add(text.get("chart.subtitle.deals", dealCount));
        return String.join(text.get("chart.subtitle.separator"), parts);
    }

    /** The footnote lines: sources by publisher with their numbers, then what the chart leaves out or qualifies. */
    String footnote(List<SourceRef> refs, List<String> undisclosedTitles, Map<String, Integer> caveats, String truncation) {
        List<String> lines = new ArrayList<>();
        lines.add(refs.isEmpty() ? text.get("footnote.noSources") : text.get("footnote.sources", sourcesByPublisher(refs)));
        if (truncation != null) {
            lines.add(truncation);
        }
        if (!undisclosedTitles.isEmpty()) {
            lines.add(text.get("footnote.undisclosed", undisclosedTitles.size(), shortList(undisclosedTitles)));
        }
        List<String> caveatPhrases = new ArrayList<>();
        for (String caveat : CAVEATS_SHOWN) {
            int count = caveats.getOrDefault(caveat, 0);
            if (count > 0) {
                caveatPhrases.add(text.get("caveat." + caveat, count));
            }
        }
        if (!caveatPhrases.isEmpty()) {
            lines.add(text.get("footnote.caveats", String.join(", ", caveatPhrases)));
        }
        return String.join("\n", lines);
    }

    /** As {@link #footnote(List, List, Map, String)}, then one line saying what overlap netting took off each umbrella. */
    String footnote(List<SourceRef> refs, List<String> undisclosedTitles, Map<String, Integer> caveats, String truncation,
                    List<NettingLine> netting, boolean capacity) {
        String base = footnote(refs, undisclosedTitles, caveats, truncation);
        List<String> entries = new ArrayList<>();
        for (NettingLine line : netting) {
            if (capacity && line.countedKilowatts() != line.grossKilowatts()) {
                entries.add(text.get("footnote.netted.entry", line.umbrellaTitle(), format.capacity(line.grossKilowatts()),
                        format.capacity(line.partsKilowatts()), format.capacity(line.countedKilowatts())));
            } else if (!capacity && line.moneyDisclosed() && line.countedMinor() != line.grossMinor()) {
                entries.add(text.get("footnote.netted.entry", line.umbrellaTitle(), format.money(line.grossMinor(), line.currency()),
                        format.money(line.partsMinor(), line.currency()), format.money(line.countedMinor(), line.currency())));
            }
        }
        return entries.isEmpty() ? base : base + "\n" + text.get("footnote.netted", String.join("; ", entries));
    }

    /**
     * The footnote with one line listing the deals placed at assumed times, each with how; a chart
     * of many deals lists the first {@value #LISTED_PLACEMENTS} and says how many more.
     */
    String withPlacements(String footnote, List<AssumedPlacement> placements) {
        if (placements.isEmpty()) {
            return footnote;
        }
        List<String> sentences = placements.stream().map(AssumedPlacement::text).toList();
        String listed = sentences.size() <= LISTED_PLACEMENTS + 1 ? String.join("; ", sentences)
                : text.get("list.more", String.join("; ", sentences.subList(0, LISTED_PLACEMENTS)), sentences.size() - LISTED_PLACEMENTS);
        return footnote + "\n" + text.get("footnote.placements", listed);
    }

    /** A deal's title before its first colon: "Stargate joint venture (US)" of "Stargate joint venture (US): $500B over four years". */
    static String shortTitle(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon).strip() : title.strip();
    }

    /**
     * The footnote with the context lines added: each line's sources, each disagreement with both
     * values and their sources, and how many points could not be placed on the chart.
     */
    String withOverlays(String footnote, ContextOverlays.Drawn drawn) {
        if (drawn.lines().isEmpty() && drawn.pointsLeftOut() == 0) {
            return footnote;
        }
        List<String> lines = new ArrayList<>();
        lines.add(footnote);
        if (!drawn.lines().isEmpty()) {
            List<String> named = new ArrayList<>();
            for (ChartOverlay overlay : drawn.lines()) {
                List<Integer> numbers = overlay.sources().stream().map(SourceRef::number).toList();
                named.add(numbers.isEmpty() ? overlay.label() : overlay.label() + " " + numbers(numbers));
            }
            lines.add(text.get("footnote.overlays", String.join("; ", named)));
        }
        drawn.ranges().forEach(r -> lines.add(text.get("footnote.range", r.description())));
        if (drawn.pointsLeftOut() > 0) {
            lines.add(text.get("footnote.overlayPointsLeftOut", drawn.pointsLeftOut()));
        }
        return String.join("\n", lines);
    }

    /**
     * "OpenAI [1, 4]; Reuters [2]": one entry per publisher, in the order of their first number. A
     * publisher cited more than {@value #LISTED_NUMBERS} times lists its first numbers and how many
     * more: a chart of 100,000 deals cites over 100,000 sources, and a footnote listing them all
     * took minutes to lay out on every redraw.
     */
    private String sourcesByPublisher(List<SourceRef> refs) {
        // A change of grouping or period cites the very same numbering again: its words are kept.
        PublisherLine last = lastPublisherLine;
        if (last != null && last.refs() == refs) {
            return last.line();
        }
        String line = publisherLine(refs);
        lastPublisherLine = new PublisherLine(refs, line);
        return line;
    }

    /** The refs a line was worded for (compared by identity: a numbering's refs are immutable) and the line. */
    private record PublisherLine(List<SourceRef> refs, String line) {
    }

    private String publisherLine(List<SourceRef> refs) {
        Map<String, List<Integer>> byPublisher = new LinkedHashMap<>();
        for (SourceRef ref : refs) {
            Source s = ref.source();
            byPublisher.computeIfAbsent(s.publisher().strip(), k -> new ArrayList<>()).add(ref.number());
        }
        List<String> entries = new ArrayList<>();
        byPublisher.forEach((publisher, numbers) -> entries.add(publisher + " " + numbers(numbers)));
        return String.join("; ", entries);
    }

    private String numbers(List<Integer> numbers) {
        if (numbers.size() <= LISTED_NUMBERS) {
            return numbers.toString();
        }
        String first = numbers.subList(0, LISTED_NUMBERS).toString();
        return "[" + text.get("list.more", first.substring(1, first.length() - 1), numbers.size() - LISTED_NUMBERS) + "]";
    }

    private String shortList(List<String> titles) {
        if (titles.size() <= LISTED_TITLES + 1) {
            return String.join(", ", titles);
        }
        return text.get("list.more", String.join(", ", titles.subList(0, LISTED_TITLES)), titles.size() - LISTED_TITLES);
    }
}
