package com.computefolio.service.chart;

import com.computefolio.domain.Party;
import com.computefolio.service.DealFilter;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.text.ScenarioNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A filter in words, for chart subtitles and report title pages: "kinds: Chips, Cloud services ·
 * matching “oracle”". The as-of date is left to the caller, which words it with the chart.
 */
public final class FilterDescription {

    private final ChartText text;

    public FilterDescription(ChartText text) {
        this.text = text;
    }

    /** The restrictions of the filter, one phrase each; empty when it lets every deal through. */
    public List<String> phrases(DealFilter filter, Map<String, Party> parties) {
        List<String> phrases = new ArrayList<>();
        // The default scenario says nothing, so that today's subtitles stay as they are.
        if (!filter.scenario().isIdentity()) {
            phrases.add(text.get("filter.scenario", scenario(filter.scenario())));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            phrases.add(text.get("filter.text", filter.text().strip()));
        }
        if (!filter.parties().isEmpty()) {
            phrases.add(text.get("filter.parties", sortedJoin(filter.parties().stream()
                    .map(id -> parties.containsKey(id) ? parties.get(id).name() : id).toList())));
        }
        roles("filter.buyers", filter.roles().buyers(), parties, phrases);
        roles("filter.counterparties", filter.roles().counterparties(), parties, phrases);
        roles("filter.excluded", filter.roles().excluded(), parties, phrases);
        if (!filter.kinds().isEmpty()) {
            phrases.add(text.get("filter.kinds", names("kind", filter.kinds())));
        }
        if (!filter.statuses().isEmpty()) {
            phrases.add(text.get("filter.statuses", names("status", filter.statuses())));
        }
        if (!filter.confidences().isEmpty()) {
            phrases.add(text.get("filter.confidences", names("confidence", filter.confidences())));
        }
        if (filter.from() != null && filter.to() != null) {
            phrases.add(text.get("filter.window", filter.from().toString(), filter.to().toString()));
        } else if (filter.from() != null) {
            phrases.add(text.get("filter.from", filter.from().toString()));
        } else if (filter.to() != null) {
            phrases.add(text.get("filter.to", filter.to().toString()));
        }
        if (!filter.directions().isEmpty()) {
            phrases.add(text.get("filter.directions", names("direction", filter.directions())));
        }
        if (filter.gross()) {
            phrases.add(text.get("filter.gross"));
        }
        return phrases;
    }

    /**
     * A scenario in a few words, for subtitles, report pages and export headers: its name in the
     * reader's language ({@link ScenarioNames}), and its stress if it has one ("ceilings, starts 6
     * months later, haircut 20%").
     */
    public String scenario(Scenario scenario) {
        StringBuilder words = new StringBuilder(text.scenarioName(scenario));
        if (scenario.stress().delayMonths() > 0) {
            words.append(text.get("scenario.delay", scenario.stress().delayMonths()));
        }
        if (scenario.stress().haircutPercent().signum() > 0) {
            words.append(text.get("scenario.haircut", scenario.stress().haircutPercent().toPlainString()));
        }
        return words.toString();
    }

    /** All phrases in one line, or "all deals". */
    public String describe(DealFilter filter, Map<String, Party> parties) {
        List<String> phrases = phrases(filter, parties);
        return phrases.isEmpty() ? text.get("filter.none") : String.join("; ", phrases);
    }

    private String names(String prefix, Collection<? extends Enum<?>> values) {
        return values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .map(v -> text.name(prefix, v)).collect(Collectors.joining(", "));
    }

    private static String sortedJoin(List<String> names) {
        return names.stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
    }

    private void roles(String key, Set<String> ids, Map<String, Party> parties, List<String> phrases) {
        if (!ids.isEmpty()) {
            phrases.add(text.get(key, sortedJoin(ids.stream()
                    .map(id -> parties.containsKey(id) ? parties.get(id).name() : id).toList())));
        }
    }
}
