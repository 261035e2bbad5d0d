package com.computefolio.ui.deals;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deals of a portfolio prepared for fast filtering: party names resolved and the searchable
 * text (id, title, party names, tags, notes) lowercased once, so that each keystroke in the
 * search box costs one {@code contains} per deal and nothing else.
 */
public final class DealIndex {

    /** One deal with what filtering needs precomputed. */
    public record Entry(Deal deal, String buyerName, String counterpartyName, String searchText) {
    }

    private final List<Entry> entries;

    private DealIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static DealIndex empty() {
        return new DealIndex(List.of());
    }

    public static DealIndex of(Portfolio portfolio) {
        Map<String, Party> parties = portfolio.partiesById();
        List<Entry> entries = new ArrayList<>(portfolio.deals().size());
        for (Deal deal : portfolio.deals()) {
            String buyer = nameOf(parties, deal.buyerId());
            String counterparty = nameOf(parties, deal.counterpartyId());
            entries.add(new Entry(deal, buyer, counterparty, searchText(deal, buyer, counterparty)));
        }
        return new DealIndex(entries);
    }

    private static String nameOf(Map<String, Party> parties, String id) {
        Party party = parties.get(id);
        return party == null ? id : party.name();
    }

    private static String searchText(Deal deal, String buyer, String counterparty) {
        StringBuilder sb = new StringBuilder(128)
                .append(deal.id()).append('\n').append(deal.title()).append('\n')
                .append(buyer).append('\n').append(counterparty).append('\n')
                .append(deal.buyerId()).append('\n').append(deal.counterpartyId());
        for (String tag : deal.tags()) {
            sb.append('\n').append(tag);
        }
        if (deal.notes() != null) {
            sb.append('\n').append(deal.notes());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }
}
