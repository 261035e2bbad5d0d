package com.computefolio.service.export;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.service.DealView;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deals as JSON for the command line ({@code show} and {@code list} with {@code --format json}),
 * in the portfolio file's own shape (docs/format.md) through the io layer's DTOs: a deal reads the
 * same on screen as in a file, its figures cite sources by id from the document's {@code sources},
 * and the parties it names are listed with their names. {@code show} prints an importable
 * portfolio document; {@code list} adds its as-of date and totals after the deals.
 */
public final class DealJson {
    private final PortfolioJsonWriter writer = new PortfolioJsonWriter();

    /** One deal with the given revisions (those known on the as-of date), its two parties and the sources they cite. */
    public String deal(Portfolio register, Deal deal, List<Revision> revisions) {
        Deal shown = deal.withRevisions(revisions);
        return writer.toJson(document(register, List.of(shown)));
    }

    /**
     * The listed deals, each with only the revision in force on the as-of date, then {@code asOf}
     * (null for the latest) and {@code totals} (written as given, in the given order).
     */
    public String list(Portfolio register, List<DealView> deals, LocalDate asOf, Map<String, Object> totals) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("asOf", asOf == null ? null : asOf.toString());
        extra.put("totals", totals);
        return writer.toJson(document(register, deals.stream().map(v -> v.deal().withRevisions(List.of(v.revision()))).toList()),
                extra);
    }

    private static Portfolio document(Portfolio register, List<Deal> deals) {
        Set<String> used = new LinkedHashSet<>();
        deals.forEach(d -> {
            used.add(d.buyerId());
            used.add(d.counterpartyId());
        });
        List<Party> parties = register.parties().stream().filter(p -> used.contains(p.id())).toList();
        return new Portfolio(register.name(), parties, deals, List.of());
    }
}
