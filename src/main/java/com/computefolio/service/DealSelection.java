package com.computefolio.service;

import com.computefolio.domain.TotalTooLargeException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The deals under one query: each deal seen through the revision in force on the as-of date, in
 * the order tables show them (announced date, then id), with their totals and caveats. Made only
 * by the analysis service; the deals table and its status bar, the command line's {@code list} and
 * {@code summary}, and every export that lists deals read this one value, so none of them can
 * disagree about which deals pass a filter or what they add up to. Immutable.
 *
 * <p>The totals follow {@link SummaryAssembler}'s rules: only money in {@link #currency()} is
 * summed (other currencies are counted under the caveat OTHER_CURRENCY), commitments and inflows
 * apart, cancelled and superseded deals counted but without money or capacity, and only the months
 * inside the filter's date window.
 */
public final class DealSelection {
    private static final SummaryAssembler SUMMARIES = new SummaryAssembler();
    private static final FlowsAssembler FLOWS = new FlowsAssembler(SUMMARIES);

    private final DealSelectionQuery query;
    private final MatchedDeals matched;
    /** The register the deals were matched in, for what netting took off its umbrellas. */
    private final NettedRegister register;
    private final List<DealView> rows;
    /** Made on first use: a deals export reads only the rows, and must not be refused for a total it never prints. */
    private volatile Summary total;

    private DealSelection(DealSelectionQuery query, MatchedDeals matched, NettedRegister register) {
        this.query = query;
        // Not copied: the matcher hands over a fresh list it keeps no reference to, and at 100,000
        // deals per keystroke a copy is time the search box feels.
        this.matched = matched;
        this.register = register;
        this.rows = new Views(matched.deals());
    }

    /** The matched deals' views, read through rather than copied: no second list of 100,000 per keystroke. */
    private static final class Views extends AbstractList<DealView> implements RandomAccess {
        private final List<MatchedDeal> matched;

        Views(List<MatchedDeal> matched) {
            this.matched = matched;
        }

        @Override
        public DealView get(int index) {
            return matched.get(index).view();
        }

        @Override
        public int size() {
            return matched.size();
        }
    }

    /**
     * @param matched  the deals that passed, already in table order
     * @param register the register they were matched in (its umbrellas' netting)
     */
    static DealSelection of(DealSelectionQuery query, MatchedDeals matched, NettedRegister register) {
        return new DealSelection(query, matched, register);
    }

    /** No deals at all: what a view shows before its first result arrives. */
    public static DealSelection empty(DealSelectionQuery query) {
        return new DealSelection(query, MatchedDeals.none(), null);
    }

    /** The deals with their slots, for the service's own summing and memos. */
    MatchedDeals matched() {
        return matched;
    }

    public DealSelectionQuery query() {
        return query;
    }

    public DealFilter filter() {
        return query.filter();
    }

    /** The deals that passed, each with the revision in force, sorted by announced date, then id. */
    public List<DealView> rows() {
        return rows;
    }

    /** How many deals passed (the count the totals carry). */
    public int count() {
        return rows.size();
    }

    /** Count, commitments, inflows and capacity of every deal that passed, with their caveats. */
    public SummaryRow totals() {
        return total().total();
    }

    /**
     * Whether the totals can be added exactly (they are computed here if they were not yet, so a
     * worker thread can call this before the selection is shown).
     */
    public boolean totalsFit() {
        try {
            total();
            return true;
        } catch (TotalTooLargeException e) {
            return false;
        }
    }

    /** The only currency the totals sum. */
    public String currency() {
        return total().currency();
    }

    /** Deals per caveat (UNDISCLOSED, OTHER_CURRENCY, NOT_LIVE, ...); only those that occur. */
    public Map<String, Integer> caveats() {
        return totals().caveats();
    }

    /** How many deals the money totals leave out because their money is not in {@link #currency()}. */
    public int otherCurrencyDeals() {
        return caveats().getOrDefault(Caveats.OTHER_CURRENCY, 0);
    }

    /** The same deals' totals per group, plus the total row, which equals {@link #totals()}. */
    public Summary summary(GroupBy groupBy) {
        return groupBy == GroupBy.NONE ? total() : SUMMARIES.assemble(matched, query.filter(), groupBy);
    }

    /**
     * What overlap netting took off each umbrella deal among these deals, as known on the filter's
     * date, in the rows' order: the lines {@link AnalysisService#netting} gives for the same filter
     * (in its own order), read from this selection instead of matching the register again. Empty
     * when the filter asks for the gross sum.
     */
    public List<NettingLine> netting() {
        if (register == null || !register.netsAny() || matched.size() == 0) {
            return List.of();
        }
        // The umbrellas among the deals by a bit per slot: reading 100,000 deal ids cost more than the rest of a keystroke's netting.
        BitSet umbrellas = register.umbrellaSlots(matched.index());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            if (umbrellas.get(matched.slot(i))) {
                ids.add(matched.get(i).id());
            }
        }
        return register.lines(ids, query.filter().asOf());
    }

    /** The same deals' money both ways per buyer and counterparty, by the summary's rules (docs/flows.md). */
    public Flows flows() {
        return FLOWS.assemble(matched, query.filter());
    }

    /**
     * The ungrouped summary, assembled once (two threads racing here both assemble the same immutable
     * value; either may be kept).
     *
     * @throws TotalTooLargeException if the totals are beyond a long
     */
    private Summary total() {
        Summary s = total;
        if (s == null) {
            s = SUMMARIES.assemble(matched, query.filter(), GroupBy.NONE);
            total = s;
        }
        return s;
    }
}
