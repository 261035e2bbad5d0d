package com.computefolio.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything one register holds: parties, deals and context series. */
public record Portfolio(String name, List<Party> parties, List<Deal> deals, List<ContextSeries> contextSeries) {
    public Portfolio {
        parties = List.copyOf(parties == null ? List.of() : parties);
        deals = List.copyOf(deals == null ? List.of() : deals);
        contextSeries = List.copyOf(contextSeries == null ? List.of() : contextSeries);
    }

    public static Portfolio empty(String name) {
        return new Portfolio(name, List.of(), List.of(), List.of());
    }

    public Optional<Deal> deal(String id) {
        return deals.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Map<String, Party> partiesById() {
        return parties.stream().collect(Collectors.toMap(Party::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
