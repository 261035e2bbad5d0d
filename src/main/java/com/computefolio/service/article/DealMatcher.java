package com.computefolio.service.article;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The register's deal an article's words refer to: same two parties (either way round), then the same kind, then
 * the same value, then the latest announced by the article's date. Also tells background from news: an amount the
 * register already held for the pair before the article's day is a mention of that deal, not a new figure.
 */
final class DealMatcher {
    private final Portfolio register;
    private final LocalDate articleDate;

    DealMatcher(Portfolio register, LocalDate articleDate) {
        this.register = register;
        this.articleDate = articleDate;
    }

    /**
     * The deal a proposal for this pair revises: of the pair's deals, those of the kind read (all when none is of
     * it), then the one holding the value, else the latest; empty, for a new deal, only when the pair has none.
     */
    Optional<Deal> revised(String buyer, String counterparty, DealKind kind, Money value) {
        return revised(buyer, counterparty, kind, value, false);
    }

    /**
     * As {@link #revised(String, String, DealKind, Money)}; when the article speaks of the pair's partnership and no
     * value decides, the pair's deal that is the partnership itself (its title says so) beats the latest purchase.
     */
    Optional<Deal> revised(String buyer, String counterparty, DealKind kind, Money value, boolean partnership) {
        List<Deal> all = pair(buyer, counterparty);
        if (all.isEmpty()) {
            all = anyTime(buyer, counterparty); // a register curated later may date the deal after the article
        }
        List<Deal> ofKind = all.stream().filter(d -> d.kind() == kind).toList();
        List<Deal> pair = ofKind.isEmpty() ? all : ofKind;
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        if (value != null) {
            Optional<Deal> same = pair.stream().filter(d -> holds(d, value, null)).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        if (partnership) {
            List<Deal> named = pair.stream().filter(d -> d.title() != null
                    && d.title().toLowerCase(Locale.ROOT).contains("partnership")).toList();
            if (named.size() == 1) {
                return Optional.of(named.get(0));
            }
        }
        return latest(pair);
    }

    /**
     * The deal that already held this amount a week before the article, when the article only repeats it as
     * background. Within the week the amount is the news itself: articles follow an announcement by days.
     */
    Optional<Deal> heldBefore(String buyer, String counterparty, Money value) {
        if (articleDate == null) {
            return Optional.empty();
        }
        return pair(buyer, counterparty).stream().filter(d -> holds(d, value, articleDate.minusDays(NEWS_DAYS + 1))).findFirst();
    }

    /** How long after an announcement an article still reports it as news. */
    static final int NEWS_DAYS = 7;

    /** The deal a mention refers to: the pair's deal of the kind if any, else the pair's latest; empty when none. */
    Optional<Deal> mentioned(String buyer, String counterparty, DealKind kind) {
        List<Deal> pair = pair(buyer, counterparty);
        List<Deal> ofKind = pair.stream().filter(d -> d.kind() == kind).toList();
        return latest(ofKind.isEmpty() ? pair : ofKind);
    }

    /** A readable id for a new deal that no deal of the register uses: buyer, counterparty, kind, year. */
    String newId(String buyer, String counterparty, DealKind kind, LocalDate announced, Set<String> alsoTaken) {
        Set<String> taken = register.deals().stream().map(Deal::id).collect(Collectors.toSet());
        taken.addAll(alsoTaken);
        String kindWord = kind == null ? "deal" : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String base = buyer + "-" + counterparty + "-" + kindWord + (announced == null ? "" : "-" + announced.getYear());
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Whether a deal between the two, at any date, states this amount in any revision. */
    boolean holds(String buyer, String counterparty, Money value) {
        return anyTime(buyer, counterparty).stream().anyMatch(d -> holds(d, value, null));
    }

    /** Whether the register has a deal of this kind between the two, at any date. */
    boolean hasKind(String buyer, String counterparty, DealKind kind) {
        return anyTime(buyer, counterparty).stream().anyMatch(d -> d.kind() == kind);
    }

    /** The pair's deals announced by the article's date. */
    private List<Deal> pair(String a, String b) {
        return anyTime(a, b).stream().filter(d -> articleDate == null || !d.announced().isAfter(articleDate)).toList();
    }

    private List<Deal> anyTime(String a, String b) {
        return register.deals().stream()
                .filter(d -> d.buyerId().equals(a) && d.counterpartyId().equals(b) || d.buyerId().equals(b) && d.counterpartyId().equals(a))
                .toList();
    }

    /** The latest announced; a deal still live beats one superseded or cancelled, which the press rarely means. */
    private static Optional<Deal> latest(List<Deal> deals) {
        return deals.stream().max(Comparator.comparing((Deal d) -> d.current().status().isLive()).thenComparing(Deal::announced)
                .thenComparing(Deal::id));
    }

    /** Whether a revision of the deal (known by {@code by}, or any when null) states this amount. */
    private static boolean holds(Deal deal, Money value, LocalDate by) {
        for (Revision r : deal.revisions()) {
            if (by != null && r.knownFrom().isAfter(by)) {
                continue;
            }
            Figure f = r.value();
            if (f.amount() != null && f.amount().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
