package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Starting points for deals made in the editor, and fresh ids that no other deal or source uses. */
final class NewDeals {
    private NewDeals() {
    }

    /**
     * A blank deal with no made-up facts: no counterparty (the user must choose one), the buyer
     * given (or none), and an undisclosed value, which turns into a total as soon as an amount is typed.
     */
    static Deal blank(Portfolio portfolio, String title, String buyer, LocalDate today) {
        Revision first = Revision.undisclosed(today);
        return new Deal(uniqueDealId(portfolio, "new-deal"), title, buyer == null ? "" : buyer, "", DealKind.CLOUD_SERVICES,
                MoneyDirection.COMMITMENT, today, List.of(), List.of(), null, 0, List.of(first));
    }

    /**
     * The buyer a new deal most likely has: a party the filter is narrowed to that buys in some deal
     * (else the first such party), else the buyer of the deal saved last, else none.
     */
    static String suggestedBuyer(Portfolio portfolio, DealFilter filter, String lastBuyer) {
        Set<String> known = new HashSet<>();
        portfolio.parties().forEach(p -> known.add(p.id()));
        List<String> named = filter.parties().stream().filter(known::contains).sorted().toList();
        Set<String> buyers = new HashSet<>();
        portfolio.deals().forEach(d -> buyers.add(d.buyerId()));
        Optional<String> fromFilter = named.stream().filter(buyers::contains).findFirst().or(() -> named.stream().findFirst());
        if (fromFilter.isPresent()) {
            return fromFilter.get();
        }
        return lastBuyer != null && known.contains(lastBuyer) ? lastBuyer : null;
    }

    /** A copy of a deal under a new id, never saved (version 0). */
    static Deal duplicate(Portfolio portfolio, Deal deal, String title) {
        return new Deal(uniqueDealId(portfolio, deal.id() + "-copy"), title, deal.buyerId(), deal.counterpartyId(),
                deal.kind(), deal.direction(), deal.announced(), deal.links(), deal.tags(), deal.notes(), 0, deal.revisions(),
                deal.roles());
    }

    /** The deal as it is when its id is free, else under the next free one; never saved (version 0). */
    static Deal underFreeId(Portfolio portfolio, Deal deal) {
        String id = uniqueDealId(portfolio, deal.id());
        return new Deal(id, deal.title(), deal.buyerId(), deal.counterpartyId(), deal.kind(), deal.direction(), deal.announced(),
                deal.links(), deal.tags(), deal.notes(), 0, deal.revisions(), deal.roles(), deal.translations());
    }

    static String uniqueDealId(Portfolio portfolio, String base) {
        Set<String> taken = new HashSet<>();
        portfolio.deals().forEach(d -> taken.add(d.id()));
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** "S" and a number above every numbered source id in the portfolio and in the form. */
    static String nextSourceId(Portfolio portfolio, DealForm form) {
        long max = 0;
        for (Deal deal : portfolio.deals()) {
            for (Revision revision : deal.revisions()) {
                max = Math.max(max, maxNumber(revision.sources()));
                max = Math.max(max, maxNumber(revision.value().sources()));
            }
        }
        for (RevisionForm revision : form.revisions) {
            max = Math.max(max, maxNumber(revision.sources.stream().map(SourceEntry::source).toList()));
        }
        return "S" + (max + 1);
    }

    private static long maxNumber(List<Source> sources) {
        long max = 0;
        for (Source source : sources) {
            String id = source.id();
            if (id.length() > 1 && id.charAt(0) == 'S' && id.substring(1).chars().allMatch(Character::isDigit) && id.length() < 18) {
                max = Math.max(max, Long.parseLong(id.substring(1)));
            }
        }
        return max;
    }
}
