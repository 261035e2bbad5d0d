package com.computefolio.testing;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a portfolio for tests. Parties named with {@link #party} get that name; any other party a
 * deal refers to is added with its id as its name, so short tests need not list every party.
 *
 * <pre>{@code
 * Portfolio p = PortfolioBuilder.portfolio().party("amazon", "Amazon (AWS)").deals(aws, oracle).build();
 * }</pre>
 */
public final class PortfolioBuilder {

    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final List<Deal> deals = new ArrayList<>();

    private PortfolioBuilder() {
    }

    public static PortfolioBuilder portfolio() {
        return new PortfolioBuilder();
    }

    public PortfolioBuilder party(String id, String name) {
        return party(id, name, PartyKind.OTHER);
    }

    public PortfolioBuilder party(String id, String name, PartyKind kind) {
        parties.put(id, new Party(id, name, kind));
        return this;
    }

    public PortfolioBuilder deals(Deal... newDeals) {
        deals.addAll(List.of(newDeals));
        return this;
    }

    public PortfolioBuilder deals(List<Deal> newDeals) {
        deals.addAll(newDeals);
        return this;
    }

    public Portfolio build() {
        Map<String, Party> all = new LinkedHashMap<>(parties);
        for (Deal deal : deals) {
            all.putIfAbsent(deal.buyerId(), new Party(deal.buyerId(), deal.buyerId(), PartyKind.OTHER));
            all.putIfAbsent(deal.counterpartyId(), new Party(deal.counterpartyId(), deal.counterpartyId(), PartyKind.OTHER));
        }
        return new Portfolio("test", List.copyOf(all.values()), deals, List.of());
    }
}
