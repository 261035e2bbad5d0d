package com.computefolio.service.scenario;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Scenario#apply} remembered, so that a keystroke in the window over 100,000 deals neither
 * rebuilds 100,000 deals nor makes the schedule cache (keyed by revision identity) miss them all.
 * Two levels: the last few whole views by (register object, scenario, as-of date); and, per
 * scenario, each deal's last effective revision by the identity of the revision it came from, so
 * an edit of one deal (a new register object) rebuilds that deal only. Safe from several threads.
 */
public final class ScenarioViews {

    private static final int MAX_VIEWS = 8;
    private static final int MAX_SCENARIOS = 16;

    private record ViewKey(Portfolio register, Scenario scenario, LocalDate asOf) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ViewKey k && k.register == register && k.scenario.equals(scenario) && Objects.equals(k.asOf, asOf);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(register) * 31 + scenario.hashCode() * 7 + Objects.hashCode(asOf);
        }
    }

    /** What one deal became last time: its revision in force, the deal itself and the deal it gave (null: left out). */
    private record Remembered(Revision source, Deal from, Deal effective) {
    }

    private final Map<ViewKey, Portfolio> views = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ViewKey, Portfolio> eldest) {
            return size() > MAX_VIEWS;
        }
    };
    private final Map<Scenario, Map<String, Remembered>> deals = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Scenario, Map<String, Remembered>> eldest) {
            return size() > MAX_SCENARIOS;
        }
    };

    /** The register as {@code scenario} sees it as known on {@code asOf}; the register itself for the identity. */
    public synchronized Portfolio view(Portfolio register, Scenario scenario, LocalDate asOf) {
        if (scenario.isIdentity()) {
            return register;
        }
        ViewKey key = new ViewKey(register, scenario, asOf);
        Portfolio known = views.get(key);
        if (known != null) {
            return known;
        }
        Map<String, Remembered> before = deals.computeIfAbsent(scenario, s -> new HashMap<>());
        List<Deal> out = new ArrayList<>(register.deals().size());
        for (Deal deal : register.deals()) {
            Optional<Revision> inForce = deal.asOf(asOf);
            if (inForce.isEmpty()) {
                continue;
            }
            Remembered last = before.get(deal.id());
            Deal effective;
            if (last != null && last.source == inForce.get() && sameDealFields(last.from, deal)) {
                effective = last.effective;
            } else {
                effective = scenario.effective(deal, inForce.get())
                        .map(r -> r == deal.current() && deal.revisions().size() == 1 ? deal : deal.withRevisions(List.of(r)))
                        .orElse(null);
                before.put(deal.id(), new Remembered(inForce.get(), deal, effective));
            }
            if (effective != null) {
                out.add(effective);
            }
        }
        Portfolio view = new Portfolio(register.name(), register.parties(), out, register.contextSeries());
        views.put(key, view);
        return view;
    }

    /** A deal's own fields (title, parties, tags...) can change without a new revision. */
    private static boolean sameDealFields(Deal before, Deal deal) {
        return before == deal || (before.title().equals(deal.title())
                && before.buyerId().equals(deal.buyerId()) && before.counterpartyId().equals(deal.counterpartyId())
                && before.kind() == deal.kind() && before.direction() == deal.direction()
                && before.announced().equals(deal.announced()) && before.links().equals(deal.links())
                && before.tags().equals(deal.tags()) && Objects.equals(before.notes(), deal.notes())
                && before.version() == deal.version());
    }
}
