package com.computefolio.ui.deals;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deals of a portfolio prepared for fast filtering: party names resolved and the searchable
 * text lowercased once, so that each keystroke in the search box costs a {@code contains} or two
 * per deal and nothing else. Searches what the analysis service searches (id, title, party names,
 * tags, notes, and the revision's notes and hardware), so the table and the charts agree.
 */
public final class DealIndex {

    /**
     * One deal with what filtering needs precomputed.
     *
     * @param revisionText per revision (in the deal's order), its lowercased notes and hardware
     */
    public record Entry(Deal deal, String buyerName, String counterpartyName, String searchText, String[] revisionText) {

        /** Whether the lowercase needle occurs in the deal's text or in the text of its revision at {@code index}. */
        boolean matches(String needle, int revisionIndex) {
            return searchText.contains(needle) || revisionText[revisionIndex].contains(needle);
        }
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
            String[] revisionText = new String[deal.revisions().size()];
            for (int i = 0; i < revisionText.length; i++) {
                Revision revision = deal.revisions().get(i);
                revisionText[i] = (nullToEmpty(revision.notes()) + '\n' + nullToEmpty(revision.hardware())).toLowerCase(Locale.ROOT);
            }
            entries.add(new Entry(deal, buyer, counterparty, searchText(deal, buyer, counterparty), revisionText));
        }
        // Same order as the analysis service lists deals, sorted once here rather than per keystroke.
        entries.sort(java.util.Comparator.comparing((Entry e) -> e.deal().announced()).thenComparing(e -> e.deal().id()));
        return new DealIndex(entries);
    }

    private static String nameOf(Map<String, Party> parties, String id) {
        Party party = parties.get(id);
        return party == null ? id : party.name();
    }

    private static String searchText(Deal deal, String buyer, String counterparty) {
        StringBuilder sb = new StringBuilder(128)
                .append(deal.id()).append('\n').append(deal.title()).append('\n')
                .append(buyer).append('\n').append(counterparty);
        for (String tag : deal.tags()) {
            sb.append('\n').append(tag);
        }
        if (deal.notes() != null) {
            sb.append('\n').append(deal.notes());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }
}
