package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parties' names and deals' titles and notes in the reader's language: the register's translation for
 * that language where it has one (ADR 34), else the original, so a deal nobody translated still shows its
 * own words. The ids and data in files are never changed by this; it is what tables and details show.
 */
public final class LocalNames {
    private final String language;
    private final Map<String, Party> parties;
    /** The register's deals, for titles asked for by id (netting lines); empty when made from parties alone. */
    private final List<Deal> deals;

    private LocalNames(String language, Map<String, Party> parties, List<Deal> deals) {
        this.language = language;
        this.parties = parties;
        this.deals = deals;
    }

    public static LocalNames of(Portfolio register, Locale locale) {
        return new LocalNames(locale.getLanguage(), register.partiesById(), register.deals());
    }

    public static LocalNames of(Collection<Party> parties, Locale locale) {
        Map<String, Party> byId = new HashMap<>();
        parties.forEach(party -> byId.putIfAbsent(party.id(), party));
        return new LocalNames(locale.getLanguage(), byId, List.of());
    }

    /** The party's name in the language; the id itself when the register does not know the party. */
    public String party(String partyId) {
        Party party = parties.get(partyId);
        return party == null ? partyId : party.name(language);
    }

    public String title(Deal deal) {
        return deal.title(language);
    }

    /** The view with its parties' names and its title in the language: what a reader of that language is shown. */
    public DealView view(DealView view) {
        Deal deal = view.deal();
        return new DealView(deal, view.revision(), party(deal.buyerId()), party(deal.counterpartyId()), title(deal));
    }

    public List<DealView> views(List<DealView> views) {
        return views.stream().map(this::view).toList();
    }

    /** The summary with its groups named in the language where they are parties; other groups as they were. */
    public Summary summary(Summary summary) {
        if (summary.groupBy() != GroupBy.BUYER && summary.groupBy() != GroupBy.COUNTERPARTY) {
            return summary;
        }
        List<SummaryRow> rows = summary.rows().stream().map(r -> new SummaryRow(r.key(), label(r.key(), r.label()),
                r.deals(), r.commitmentsMinor(), r.inflowsMinor(), r.kilowatts(), r.caveats())).toList();
        return new Summary(summary.groupBy(), summary.filter(), summary.currency(), rows, summary.total());
    }

    /** The flows with buyers and counterparties named in the language; the order and sums as they were. */
    public Flows flows(Flows flows) {
        List<FlowRow> rows = flows.rows().stream().map(r -> new FlowRow(r.buyerId(), label(r.buyerId(), r.buyerName()),
                r.counterpartyId(), label(r.counterpartyId(), r.counterpartyName()), r.deals(), r.outMinor(), r.inMinor(),
                r.netMinor(), r.caveats())).toList();
        return new Flows(flows.filter(), flows.currency(), rows, flows.total(), flows.circular());
    }

    /** The timeline with its series named in the language where they are parties; other series as they were. */
    public Timeline timeline(Timeline timeline) {
        GroupBy groupBy = timeline.query().groupBy();
        if (groupBy != GroupBy.BUYER && groupBy != GroupBy.COUNTERPARTY) {
            return timeline;
        }
        List<TimelineSeries> series = timeline.series().stream().map(t -> new TimelineSeries(t.key(),
                label(t.key(), t.label()), t.values(), t.dealIds(), t.caveats())).toList();
        return new Timeline(timeline.query(), timeline.periodStarts(), timeline.periodLabels(), series, timeline.currency(),
                timeline.undisclosedDealIds());
    }

    /** The netting lines with their umbrellas' titles in the language (umbrellas this register does not hold keep theirs). */
    public List<NettingLine> netting(List<NettingLine> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        Map<String, Deal> umbrellas = new HashMap<>();
        lines.forEach(l -> umbrellas.put(l.umbrellaId(), null));
        deals.stream().filter(d -> umbrellas.containsKey(d.id())).forEach(d -> umbrellas.put(d.id(), d));
        return lines.stream().map(l -> {
            Deal umbrella = umbrellas.get(l.umbrellaId());
            return umbrella == null ? l : new NettingLine(l.umbrellaId(), title(umbrella), l.currency(), l.moneyDisclosed(),
                    l.grossMinor(), l.partsMinor(), l.countedMinor(), l.grossKilowatts(), l.partsKilowatts(),
                    l.countedKilowatts(), l.partIds());
        }).toList();
    }

    /** The exposure rows with their parties named in the language. */
    public List<ExposureRow> exposures(List<ExposureRow> rows) {
        return rows.stream().map(r -> new ExposureRow(r.partyId(), label(r.partyId(), r.partyName()), r.role(), r.deals(),
                r.amountMinor(), r.currency(), r.contingent())).toList();
    }

    /** The name of the party with that id in the language; {@code otherwise} when no party has that id. */
    public String label(String partyId, String otherwise) {
        return parties.containsKey(partyId) ? party(partyId) : otherwise;
    }

    /** The figure with its deal's title in the language, for deals the names know (those they were made with). */
    public UnsourcedFigure figure(UnsourcedFigure figure, Deal deal) {
        return new UnsourcedFigure(figure.dealId(), title(deal), figure.field(), figure.label(), figure.amount(),
                figure.capacity(), figure.knownFrom());
    }

    /** The deal's notes in the language, else its own; null when it has none. */
    public String notes(Deal deal) {
        return deal.notes(language);
    }
}
