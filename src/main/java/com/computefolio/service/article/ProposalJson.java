package com.computefolio.service.article;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.json.PortfolioJsonWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The proposals as a portfolio document (docs/format.md), written by the io layer's writer like every export, so
 * that {@code validate} and {@code import} read it: each proposed deal whole (a revision's deal with all its
 * revisions, so importing it takes nothing back), the register's parties it names, and the sources it cites.
 */
public final class ProposalJson {
    private final PortfolioJsonWriter writer = new PortfolioJsonWriter();

    public String toJson(ProposalSet set, Portfolio register) {
        List<Deal> deals = set.proposals().stream().map(Proposal::proposed).toList();
        Set<String> named = new LinkedHashSet<>();
        deals.forEach(d -> {
            named.add(d.buyerId());
            named.add(d.counterpartyId());
            d.roles().forEach(r -> named.add(r.partyId()));
        });
        List<Party> parties = register.parties().stream().filter(p -> named.contains(p.id())).toList();
        return writer.toJson(new Portfolio(register.name(), parties, deals, List.of()));
    }
}
