package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Months;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a {@link DealFilter} to a portfolio: picks each deal's revision as of the filter's date
 * and keeps the deals that pass every restriction, in the portfolio's order ({@link #sorted} puts
 * them in the order tables show; totals do not need it, and sorting is the dearest step at scale).
 */
final class DealMatcher {

    private final ScheduleCache schedules;

    DealMatcher(ScheduleCache schedules) {
        this.schedules = schedules;
    }

    /** The matching deals sorted by announced date, then id. */
    List<MatchedDeal> sorted(Portfolio portfolio, DealFilter filter) {
        return AnnouncedOrder.sort(match(portfolio, filter));
    }

    /** The matching deals in the portfolio's order. */
    List<MatchedDeal> match(Portfolio portfolio, DealFilter filter) {
        Map<String, Party> parties = portfolio.partiesById();
        String needle = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip().toLowerCase(Locale.ROOT);
        int fromMonth = filter.from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(filter.from()));
        int toMonth = filter.to() == null ? Integer.MAX_VALUE : Months.index(YearMonth.from(filter.to()));
        List<Deal> deals = portfolio.deals();
        ScheduleCache.Positions positions = schedules.positionsFor(deals);
        // Sized up front: growing a list of 100,000 in steps copies it over and over.
        List<MatchedDeal> matched = new ArrayList<>(deals.size());
        for (int i = 0; i < deals.size(); i++) {
            Deal deal = deals.get(i);
            Optional<Revision> inForce = deal.asOf(filter.asOf());
            if (inForce.isEmpty()) {
                continue;
            }
            Revision revision = inForce.get();
            if (!passesAttributes(deal, revision, filter)) {
                continue;
            }
            String buyerName = nameOf(parties, deal.buyerId());
            String counterpartyName = nameOf(parties, deal.counterpartyId());
            if (needle != null && !containsText(deal, revision, buyerName, counterpartyName, needle)) {
                continue;
            }
            ScheduledDeal scheduled = positions.get(i, deal, revision);
            if (!scheduled.overlaps(fromMonth, toMonth)) {
                continue;
            }
            matched.add(new MatchedDeal(new DealView(deal, revision, buyerName, counterpartyName), scheduled));
        }
        return matched;
    }

    private static boolean passesAttributes(Deal deal, Revision revision, DealFilter filter) {
        return (filter.parties().isEmpty()
                        || filter.parties().contains(deal.buyerId()) || filter.parties().contains(deal.counterpartyId()))
                && (filter.kinds().isEmpty() || filter.kinds().contains(deal.kind()))
                && (filter.statuses().isEmpty() || filter.statuses().contains(revision.status()))
                && (filter.confidences().isEmpty() || filter.confidences().contains(revision.value().confidence()))
                && (filter.directions().isEmpty() || filter.directions().contains(deal.direction()));
    }

    /** Searches ids, title, party names, tags, notes (of the deal and the revision) and hardware. */
    private static boolean containsText(Deal deal, Revision revision, String buyerName, String counterpartyName,
                                        String needle) {
        if (has(deal.id(), needle) || has(deal.title(), needle) || has(buyerName, needle) || has(counterpartyName, needle)
                || has(deal.notes(), needle) || has(revision.notes(), needle) || has(revision.hardware(), needle)) {
            return true;
        }
        for (String tag : deal.tags()) {
            if (has(tag, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(String haystack, String lowerCaseNeedle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }

    /** The party's display name; the id itself when the register does not know the party. */
    static String nameOf(Map<String, Party> parties, String partyId) {
        Party party = parties.get(partyId);
        return party == null ? partyId : party.name();
    }
}
