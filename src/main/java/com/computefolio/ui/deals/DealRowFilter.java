package com.computefolio.ui.deals;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Months;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Applies a {@link DealFilter} to a {@link DealIndex} with the meaning the filter's documentation
 * gives, and sums the totals of what passes in the same pass. Pure and thread-safe: the deals view
 * runs it on the FX thread for small portfolios and on a worker for large ones.
 */
public final class DealRowFilter {
    private static final int CANCEL_CHECK_EVERY = 4096;

    /** The rows that passed, in index order, and their totals; null rows mean "cancelled". */
    public record Result(List<DealRow> rows, DealTotals totals) {
    }

    private DealRowFilter() {
    }

    public static Result apply(DealIndex index, DealFilter filter) {
        return apply(index, filter, () -> false);
    }

    /** @return null when {@code cancelled} turned true before the pass finished */
    public static Result apply(DealIndex index, DealFilter filter, BooleanSupplier cancelled) {
        String text = filter.text() == null ? "" : filter.text().trim().toLowerCase(Locale.ROOT);
        int from = filter.from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(filter.from()));
        int to = filter.to() == null ? Integer.MAX_VALUE : Months.index(YearMonth.from(filter.to()));
        List<DealRow> rows = new ArrayList<>();
        DealTotals.Builder totals = new DealTotals.Builder();
        int seen = 0;
        for (DealIndex.Entry entry : index.entries()) {
            if (++seen % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            Deal deal = entry.deal();
            if (!filter.parties().isEmpty()
                    && !filter.parties().contains(deal.buyerId()) && !filter.parties().contains(deal.counterpartyId())) {
                continue;
            }
            if (!filter.kinds().isEmpty() && !filter.kinds().contains(deal.kind())) {
                continue;
            }
            if (!filter.directions().isEmpty() && !filter.directions().contains(deal.direction())) {
                continue;
            }
            int known = revisionIndexAsOf(deal, filter.asOf());
            if (known < 0) {
                continue;
            }
            Revision revision = deal.revisions().get(known);
            if (!text.isEmpty() && !entry.matches(text, known)) {
                continue;
            }
            if (!filter.statuses().isEmpty() && !filter.statuses().contains(revision.status())) {
                continue;
            }
            if (!filter.confidences().isEmpty() && !filter.confidences().contains(revision.value().confidence())) {
                continue;
            }
            if ((filter.from() != null || filter.to() != null) && !overlaps(revision, from, to)) {
                continue;
            }
            DealRow row = DealRow.of(deal, revision, entry.buyerName(), entry.counterpartyName());
            rows.add(row);
            totals.add(row);
        }
        return new Result(rows, totals.build());
    }

    /** The index of the revision in force on the date (the latest when null), or -1 when not yet known; as {@link Deal#asOf}. */
    static int revisionIndexAsOf(Deal deal, LocalDate date) {
        List<Revision> revisions = deal.revisions();
        if (date == null) {
            return revisions.size() - 1;
        }
        int found = -1;
        for (int i = 0; i < revisions.size() && !revisions.get(i).knownFrom().isAfter(date); i++) {
            found = i;
        }
        return found;
    }

    /**
     * Whether the months the revision's schedule covers meet [from, to]: its term and its schedule
     * legs, or without either the month it became known (where the schedule engine puts such money).
     */
    static boolean overlaps(Revision revision, int from, int to) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        if (revision.term() != null) {
            first = Months.index(revision.term().start());
            last = Months.index(revision.term().end());
        }
        for (ScheduleLeg leg : revision.legs()) {
            first = Math.min(first, Months.index(leg.start()));
            last = Math.max(last, Months.index(leg.end()));
        }
        if (first == Integer.MAX_VALUE) {
            first = Months.index(YearMonth.from(revision.knownFrom()));
            last = first;
        }
        return first <= to && last >= from;
    }
}
