package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Translations;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One register's deals prepared for filtering again and again: party names resolved, the order
 * tables show (announced date, then id) sorted once, and the searchable text lowercased once, so a
 * keystroke in the search box costs a {@code contains} or two per deal and nothing else. Deals are
 * addressed by their position in the register's list. Each deal seen through one of its revisions
 * ({@link MatchedDeal}: the row's view and the schedule its totals need) is made once and then
 * handed to every later pass, so a keystroke neither allocates a row per deal nor looks a schedule up.
 *
 * <p>Searches ids, title, party names, tags and notes of the deal, their translations in every language
 * (ADR 34), and notes and hardware of the revision in force, folded alike ({@link SearchFolding}). The lowercased text is built at the first search with text, since most
 * commands never search and should not pay for it. Safe for use from several threads.
 */
final class DealSearchIndex {
    /** Windows whose amounts are kept: the window's own (usually none) and one more; about 3.5 MB each at 100,000 deals. */
    private static final int AMOUNTS_KEPT = 2;

    private final List<Deal> deals;
    private final String[] buyerNames;
    private final String[] counterpartyNames;
    /** Per deal, its parties' names in other languages, one per line (empty when none): searched, never shown. */
    private final String[] otherPartyNames;
    /** Positions by announced date, then id; sorted at the first pass that needs that order (timelines never do). */
    private volatile int[] announcedOrder;
    /** Where each deal's revisions start in {@link #seen}; one slot per revision of every deal. */
    private final int[] firstSlot;
    /** The deals as matched so far, by slot; filled on first use (a plain array: racing threads store equal values). */
    private final MatchedDeal[] seen;
    private volatile Texts texts;
    /** Which slots hold the last few needles searched for (typing and deleting repeat them). */
    private final NeedleHits hits = new NeedleHits();
    /** What each slot adds to totals, for the last few windows asked (most recent first); guarded by itself. */
    private final DealAmounts[] amounts = new DealAmounts[AMOUNTS_KEPT];
    /** The netted revisions each table of {@link #amounts} was made for (by identity). */
    private final Object[] amountsNetted = new Object[AMOUNTS_KEPT];
    /** The last set of revisions {@link #slotsOf} was asked for, and its answer (never changed once made); guarded by {@link #amounts}. */
    private Set<Revision> slotsOfSet;
    private BitSet slotsOfRevisions;

    /**
     * Lowercased text by deal position; by slot (deal × revision, as {@link #firstSlot}) the revision's
     * notes and hardware. One array of slots rather than an array per deal, and equal revision texts
     * one string: a register's revisions repeat a few notes and hardware names, and 174,000 copies
     * of them were about 15 MB of the window's heap after its first search (issue 18).
     */
    private record Texts(String[] dealText, String[] revisionText) {
    }

    private DealSearchIndex(List<Deal> deals, String[] buyerNames, String[] counterpartyNames, String[] otherPartyNames) {
        this.deals = deals;
        this.buyerNames = buyerNames;
        this.counterpartyNames = counterpartyNames;
        this.otherPartyNames = otherPartyNames;
        this.firstSlot = new int[deals.size() + 1];
        for (int i = 0; i < deals.size(); i++) {
            firstSlot[i + 1] = firstSlot[i] + deals.get(i).revisions().size();
        }
        this.seen = new MatchedDeal[firstSlot[deals.size()]];
    }

    static DealSearchIndex of(Portfolio portfolio) {
        List<Deal> deals = portfolio.deals();
        Map<String, Party> parties = portfolio.partiesById();
        String[] buyers = new String[deals.size()];
        String[] counterparties = new String[deals.size()];
        String[] otherNames = new String[deals.size()];
        for (int i = 0; i < buyers.length; i++) {
            Deal deal = deals.get(i);
            buyers[i] = nameOf(parties, deal.buyerId());
            counterparties[i] = nameOf(parties, deal.counterpartyId());
            otherNames[i] = otherNames(parties, deal);
        }
        return new DealSearchIndex(deals, buyers, counterparties, otherNames);
    }

    private static String otherNames(Map<String, Party> parties, Deal deal) {
        StringBuilder names = new StringBuilder();
        for (String id : List.of(deal.buyerId(), deal.counterpartyId())) {
            Party party = parties.get(id);
            if (party != null) {
                for (String name : party.translations().texts(Translations.NAME)) {
                    names.append(names.length() == 0 ? "" : "\n").append(name);
                }
            }
        }
        return names.toString();
    }

    /** Sorting 100,000 deals costs a timeline about a tenth of a second it has no use for: done on first need. */
    private int[] announcedOrder() {
        int[] order = announcedOrder;
        if (order == null) {
            Integer[] boxed = new Integer[deals.size()];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, Comparator.comparing((Integer i) -> deals.get(i).announced()).thenComparing(i -> deals.get(i).id()));
            order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
            // Racing threads sort alike and store equal arrays.
            announcedOrder = order;
        }
        return order;
    }

    /** The party's display name; the id itself when the register does not know the party. */
    static String nameOf(Map<String, Party> parties, String partyId) {
        Party party = parties.get(partyId);
        return party == null ? partyId : party.name();
    }

    /** The list this index was made for; compared by identity to tell whether it still fits a register. */
    List<Deal> deals() {
        return deals;
    }

    int size() {
        return deals.size();
    }

    /** The position in the register of the deal that comes {@code rank}-th by announced date, then id. */
    int positionOfRank(int rank) {
        return announcedOrder()[rank];
    }

    /**
     * The deal at {@code position} seen through its revision at {@code revisionIndex}, with that
     * revision's schedule: made at the first pass that reaches it, the same object afterwards.
     * {@link MatchedDeal} is immutable (final fields all the way down), so another thread that
     * reads it from the array without a lock sees it whole; two threads that both miss store equal values.
     */
    MatchedDeal matched(int position, int revisionIndex, ScheduleCache schedules) {
        int slot = firstSlot[position] + revisionIndex;
        MatchedDeal known = seen[slot];
        if (known != null) {
            return known;
        }
        Deal deal = deals.get(position);
        Revision revision = deal.revisions().get(revisionIndex);
        MatchedDeal made = new MatchedDeal(new DealView(deal, revision, buyerNames[position], counterpartyNames[position]),
                schedules.get(deal, revision));
        seen[slot] = made;
        return made;
    }

    /** How many slots (deal × revision) the register has. */
    int slotCount() {
        return seen.length;
    }

    /** How many revisions the deal at {@code position} has, without reading the deal. */
    int revisionCount(int position) {
        return firstSlot[position + 1] - firstSlot[position];
    }

    /**
     * The slots whose revision is in {@code revisions} (compared by identity, as the set does): a pass
     * asks a bit instead of following each deal to its revision. Kept for the last set asked.
     */
    BitSet slotsOf(Set<Revision> revisions) {
        synchronized (amounts) {
            if (slotsOfSet == revisions) {
                return slotsOfRevisions;
            }
        }
        BitSet found = new BitSet(seen.length);
        for (int position = 0; position < deals.size(); position++) {
            List<Revision> list = deals.get(position).revisions();
            for (int r = 0; r < list.size(); r++) {
                if (revisions.contains(list.get(r))) {
                    found.set(firstSlot[position] + r);
                }
            }
        }
        synchronized (amounts) {
            slotsOfSet = revisions;
            slotsOfRevisions = found;
        }
        return found;
    }

    /** The slot of the deal at {@code position} seen through its revision at {@code revisionIndex}. */
    int slot(int position, int revisionIndex) {
        return firstSlot[position] + revisionIndex;
    }

    /**
     * What each slot adds to totals over the months [from, to], for passes over this register with
     * these netted revisions (compared by identity: they are the register's, made once with it).
     * Kept for the last {@value #AMOUNTS_KEPT} windows asked, so each keystroke reuses the slots
     * its predecessors worked out.
     */
    DealAmounts amounts(int from, int to, Set<Revision> netted) {
        synchronized (amounts) {
            for (int i = 0; i < AMOUNTS_KEPT; i++) {
                DealAmounts kept = amounts[i];
                if (kept != null && kept.from() == from && kept.to() == to && amountsNetted[i] == netted) {
                    return kept;
                }
            }
            System.arraycopy(amounts, 0, amounts, 1, AMOUNTS_KEPT - 1);
            System.arraycopy(amountsNetted, 0, amountsNetted, 1, AMOUNTS_KEPT - 1);
            amounts[0] = new DealAmounts(seen.length, from, to);
            amountsNetted[0] = netted;
            return amounts[0];
        }
    }

    /**
     * A search for one lowercase, stripped needle, prepared once per pass over the deals. Fields are
     * joined by a line break to search them in one call; a needle that itself holds a line break
     * could then match across two fields, so such a needle is looked for field by field instead.
     */
    TextSearch search(String needle) {
        if (needle.indexOf('\n') >= 0) {
            return (position, revisionIndex) -> containsInSomeField(position, revisionIndex, needle);
        }
        BitSet slots = slotsContaining(needle);
        return new TextSearch() {
            @Override
            public boolean matches(int position, int revisionIndex) {
                return slots.get(firstSlot[position] + revisionIndex);
            }

            @Override
            public boolean mayMatch(int position) {
                // The deal's own few slots: nextSetBit would scan on past them to the next match, far off for a rare needle.
                for (int slot = firstSlot[position]; slot < firstSlot[position + 1]; slot++) {
                    if (slots.get(slot)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /**
     * The slots (deal × revision) whose text holds the needle. One keystroke asks for the same needle
     * many times (the table, its totals, the chart's timelines and cells), and typing narrows a
     * needle seen a moment ago: text holding "tens" holds "ten", so only the slots that held a
     * remembered part of the needle are searched, and a needle searched before is not searched again.
     */
    private BitSet slotsContaining(String needle) {
        BitSet known = hits.exact(needle);
        if (known != null) {
            return known;
        }
        Texts t = texts();
        BitSet candidates = hits.narrowestPartOf(needle);
        BitSet found = new BitSet(seen.length);
        if (candidates == null) {
            for (int position = 0; position < deals.size(); position++) {
                boolean inDeal = t.dealText[position].contains(needle);
                for (int slot = firstSlot[position]; slot < firstSlot[position + 1]; slot++) {
                    if (inDeal || t.revisionText[slot].contains(needle)) {
                        found.set(slot);
                    }
                }
            }
        } else {
            int position = 0;
            for (int slot = candidates.nextSetBit(0); slot >= 0; slot = candidates.nextSetBit(slot + 1)) {
                while (firstSlot[position + 1] <= slot) {
                    position++;
                }
                if (t.dealText[position].contains(needle) || t.revisionText[slot].contains(needle)) {
                    found.set(slot);
                }
            }
        }
        hits.remember(needle, found);
        return found;
    }

    /** Whether a deal, seen through its revision at {@code revisionIndex}, contains the needle. */
    @FunctionalInterface
    interface TextSearch {
        boolean matches(int position, int revisionIndex);

        /**
         * False only when no revision of the deal at {@code position} holds the needle: a pass can then
         * skip the deal before reading it (at 100,000 deals, reading each deal to find its revision
         * in force cost more than the search; a keystroke usually matches a few of them).
         */
        default boolean mayMatch(int position) {
            return true;
        }
    }

    private boolean containsInSomeField(int position, int revisionIndex, String needle) {
        Deal deal = deals.get(position);
        Revision revision = deal.revisions().get(revisionIndex);
        if (has(deal.id(), needle) || has(deal.title(), needle) || has(buyerNames[position], needle)
                || has(counterpartyNames[position], needle) || has(deal.notes(), needle) || has(revision.notes(), needle)
                || has(revision.hardware(), needle)) {
            return true;
        }
        return deal.tags().stream().anyMatch(tag -> has(tag, needle))
                || otherPartyNames[position].lines().anyMatch(name -> has(name, needle))
                || deal.translations().texts(Translations.TITLE).stream().anyMatch(title -> has(title, needle))
                || deal.translations().texts(Translations.NOTES).stream().anyMatch(notes -> has(notes, needle));
    }

    private static boolean has(String haystack, String foldedNeedle) {
        return haystack != null && SearchFolding.fold(haystack).contains(foldedNeedle);
    }

    private Texts texts() {
        Texts built = texts;
        if (built == null) {
            // Two threads may both build it; either result is the same.
            built = buildTexts();
            texts = built;
        }
        return built;
    }

    private Texts buildTexts() {
        String[] dealText = new String[deals.size()];
        String[] revisionText = new String[seen.length];
        Map<String, String> repeated = new HashMap<>();
        for (int i = 0; i < dealText.length; i++) {
            Deal deal = deals.get(i);
            StringBuilder sb = new StringBuilder(128)
                    .append(deal.id()).append('\n').append(deal.title()).append('\n')
                    .append(buyerNames[i]).append('\n').append(counterpartyNames[i]);
            for (String tag : deal.tags()) {
                sb.append('\n').append(tag);
            }
            if (deal.notes() != null) {
                sb.append('\n').append(deal.notes());
            }
            if (!otherPartyNames[i].isEmpty()) {
                sb.append('\n').append(otherPartyNames[i]);
            }
            for (String translated : deal.translations().texts(Translations.TITLE)) {
                sb.append('\n').append(translated);
            }
            for (String translated : deal.translations().texts(Translations.NOTES)) {
                sb.append('\n').append(translated);
            }
            dealText[i] = SearchFolding.fold(sb.toString());
            List<Revision> revisions = deal.revisions();
            for (int r = 0; r < revisions.size(); r++) {
                Revision revision = revisions.get(r);
                String text = SearchFolding.fold(nullToEmpty(revision.notes()) + '\n' + nullToEmpty(revision.hardware()));
                String known = repeated.putIfAbsent(text, text);
                revisionText[firstSlot[i] + r] = known == null ? text : known;
            }
        }
        return new Texts(dealText, revisionText);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
