package com.computefolio.service.article;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the fields read for a pair into a proposal: a new revision of the register's deal (known from the article's
 * date, the fields not read carried over from what was known the day before) or a new deal. Every figure cites the
 * article quoting the anchor sentence; a field not read is listed as missing and never filled from a guess, except
 * what a deal cannot exist without (a new deal's kind and announcement day), which is then marked missing.
 */
final class ProposalBuilder {
    private final Article article;
    private final PartyFinder finder;
    private final DealMatcher matcher;
    private final LocalDate knownFrom;

    ProposalBuilder(Article article, PartyFinder finder, DealMatcher matcher, LocalDate knownFrom) {
        this.article = article;
        this.finder = finder;
        this.matcher = matcher;
        this.knownFrom = knownFrom;
    }

    Proposal build(DealDraft draft, ReadFields r, Set<String> newIds) {
        Money money = r.value == null ? null : Money.of(r.value.currency(), r.value.amount());
        Source source = ArticleSource.of(article, draft.anchor);
        List<Source> sources = source == null ? List.of() : List.of(source);
        var confidence = r.confidence.confidence();
        Figure value = money == null ? null
                : new Figure(r.value.basis(), money, null, null, confidence, sources, null, source == null);
        Optional<Deal> existing = matcher.revised(r.buyer, r.counterparty, r.kind, money,
                Cues.PARTNERSHIP.matcher(draft.anchor.text()).find());
        Revision base = existing.flatMap(d -> d.asOf(knownFrom.minusDays(1))).orElse(Revision.undisclosed(knownFrom));
        if (value == null && existing.isEmpty()) {
            value = Figure.undisclosed(confidence, sources);
        }
        Revision revision = revision(base, r, value, sources);
        Set<ProposedField> missing = EnumSet.allOf(ProposedField.class);
        missing.removeAll(r.found.keySet());
        if (existing.isPresent()) {
            Deal d = existing.get();
            List<Revision> revisions = new ArrayList<>(d.revisions().stream().filter(x -> !x.knownFrom().equals(knownFrom)).toList());
            revisions.add(revision.withChange(change(base, revision, existing.get().asOf(knownFrom.minusDays(1)).isPresent())));
            return new Proposal(Proposal.Kind.NEW_REVISION, existing, d.withRevisions(revisions), r.found, missing, r.confidence);
        }
        DealKind kind = r.kind != null ? r.kind : kindOf(r.counterparty);
        LocalDate announced = r.announced != null ? r.announced : knownFrom;
        String id = matcher.newId(r.buyer, r.counterparty, kind, announced, newIds);
        newIds.add(id);
        Deal deal = new Deal(id, title(r.buyer, r.counterparty, kind), r.buyer, r.counterparty, kind,
                kind == DealKind.EQUITY_INVESTMENT ? MoneyDirection.INFLOW : MoneyDirection.COMMITMENT, announced, List.of(),
                List.of(), null, 0, List.of(revision.withChange(change(base, revision, false))));
        return new Proposal(Proposal.Kind.NEW_DEAL, Optional.empty(), deal, r.found, missing, r.confidence);
    }

    private Revision revision(Revision base, ReadFields r, Figure value, List<Source> sources) {
        Figure v = value != null ? value : base.value();
        DealStatus status = r.status != null ? r.status : base.status();
        Term term = base.term();
        if (r.termMonths != null) {
            LocalDate from = r.announced != null ? r.announced : knownFrom;
            term = new Term(YearMonth.from(from), r.termMonths, true);
        }
        Capacity capacity = r.capacityGw != null ? Capacity.ofGigawatts(r.capacityGw) : base.capacity();
        CapacityClaim claim = r.capacityGw != null ? null : base.capacityClaim();
        String hardware = r.hardware != null ? r.hardware : base.hardware();
        // Legs split the old value over the old term; a new value or term makes them wrong, so they go.
        List<ScheduleLeg> legs = value != null || r.termMonths != null ? List.of() : base.legs();
        return new Revision(knownFrom, null, status, v, base.otherFigures(), term, capacity, hardware, legs,
                sources.isEmpty() ? base.sources() : sources, base.notes(), claim, base.options(), base.exitRights());
    }

    /** What changed, in a sentence kept with the revision (data, in the register's language like every change). */
    private String change(Revision before, Revision after, boolean hadBefore) {
        List<String> parts = new ArrayList<>();
        if (!after.value().equals(before.value()) || !hadBefore) {
            parts.add("value " + describe(after.value()) + (hadBefore ? " (was " + describe(before.value()) + ")" : ""));
        }
        if (after.term() != null && (!hadBefore || before.term() == null || before.term().months() != after.term().months())) {
            parts.add("term " + after.term().months() + " months"
                    + (hadBefore && before.term() != null ? " (was " + before.term().months() + ")" : ""));
        }
        if (after.capacity() != null && !after.capacity().equals(before.capacity())) {
            parts.add("capacity " + after.capacity());
        }
        if (after.status() != before.status() || !hadBefore) {
            parts.add("status " + after.status());
        }
        String from = article.publisher() == null ? "an article" : article.publisher();
        return "Proposed from " + from + (article.published() == null ? "" : " of " + article.published()) + ": "
                + (parts.isEmpty() ? "confirms what was known" : String.join("; ", parts)) + ".";
    }

    private static String describe(Figure f) {
        if (!f.isDisclosed()) {
            return "undisclosed";
        }
        return f.amount().currency() + " " + f.amount().toMajor().stripTrailingZeros().toPlainString() + " "
                + f.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String title(String buyer, String counterparty, DealKind kind) {
        return name(buyer) + " – " + name(counterparty) + ": " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String name(String id) {
        Party p = finder.party(id);
        return p == null ? id : p.name();
    }

    /** A new deal needs a kind; when the article gives none, the counterparty's trade gives one (marked missing). */
    private DealKind kindOf(String counterparty) {
        Party p = finder.party(counterparty);
        PartyKind kind = p == null ? PartyKind.OTHER : p.kind();
        return switch (kind) {
            case CHIPMAKER -> DealKind.CHIPS;
            case MEMORY_MAKER -> DealKind.MEMORY;
            case INVESTOR -> DealKind.EQUITY_INVESTMENT;
            case JOINT_VENTURE -> DealKind.JOINT_VENTURE;
            case DATA_CENTRE_DEVELOPER -> DealKind.DATA_CENTRE;
            default -> DealKind.CLOUD_SERVICES;
        };
    }
}
