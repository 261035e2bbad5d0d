package com.computefolio.testing;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Money;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds deals for tests in a few readable lines:
 *
 * <pre>{@code
 * Deal aws = DealBuilder.deal("openai-aws").buyer("openai").counterparty("amazon")
 *         .value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
 *         .then("2026-02-27").value("50", ValueBasis.TOTAL_OVER_TERM)   // a second revision
 *         .build();
 * }</pre>
 *
 * Amounts given as plain strings are <b>billions of US dollars</b>, the way the press states deal
 * values; {@link #valueMinor} and {@link #valueMajor} take exact amounts. Revision setters act on
 * the revision being built; {@link #then} starts the next revision as a copy of the previous one
 * (a revision is a full snapshot), so only what changed needs saying.
 *
 * <p>Defaults give a deal the validator accepts: buyer openai, counterparty amazon, kind
 * CLOUD_SERVICES, COMMITMENT, announced 2025-01-15, status DEFINITIVE, an UNDISCLOSED official value,
 * one source "S1" on the value and on the revision, no term. The first revision is known from the
 * announced date unless {@link #knownFrom} says otherwise.
 */
public final class DealBuilder {

    private final String id;
    private String title;
    private String buyer = "openai";
    private String counterparty = "amazon";
    private DealKind kind = DealKind.CLOUD_SERVICES;
    private MoneyDirection direction = MoneyDirection.COMMITMENT;
    private LocalDate announced = LocalDate.of(2025, 1, 15);
    private final List<DealLink> links = new ArrayList<>();
    private final List<DealRole> roles = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private String notes;
    private long version;
    private final List<Revision> finished = new ArrayList<>();
    private Draft draft = new Draft();

    private DealBuilder(String id) {
        this.id = id;
        this.title = "Deal " + id;
    }

    public static DealBuilder deal(String id) {
        return new DealBuilder(id);
    }

    /** A source with a working https URL, for tests that only need some source. */
    public static Source source(String id) {
        return new Source(id, "Example News", "Story " + id, "https://example.com/" + id.toLowerCase(), LocalDate.of(2025, 1, 1), null);
    }

    public static Money billionsUsd(String billions) {
        return Money.billionsUsd(billions);
    }

    // ---- fields of the deal --------------------------------------------------------------------

    public DealBuilder title(String newTitle) {
        title = newTitle;
        return this;
    }

    public DealBuilder buyer(String partyId) {
        buyer = partyId;
        return this;
    }

    public DealBuilder counterparty(String partyId) {
        counterparty = partyId;
        return this;
    }

    public DealBuilder kind(DealKind newKind) {
        kind = newKind;
        return this;
    }

    public DealBuilder direction(MoneyDirection newDirection) {
        direction = newDirection;
        return this;
    }

    public DealBuilder inflow() {
        return direction(MoneyDirection.INFLOW);
    }

    public DealBuilder announced(String isoDate) {
        announced = LocalDate.parse(isoDate);
        return this;
    }

    public DealBuilder link(LinkType type, String targetDealId) {
        links.add(new DealLink(type, targetDealId));
        return this;
    }

    public DealBuilder tags(String... newTags) {
        tags.addAll(List.of(newTags));
        return this;
    }

    public DealBuilder notes(String newNotes) {
        notes = newNotes;
        return this;
    }

    public DealBuilder version(long newVersion) {
        version = newVersion;
        return this;
    }

    // ---- fields of the revision being built ----------------------------------------------------

    public DealBuilder knownFrom(String isoDate) {
        draft.knownFrom = LocalDate.parse(isoDate);
        return this;
    }

    public DealBuilder change(String text) {
        draft.change = text;
        return this;
    }

    public DealBuilder status(DealStatus status) {
        draft.status = status;
        return this;
    }

    /** The headline value in billions of US dollars ("38" is $38B). */
    public DealBuilder value(String billionsUsd, ValueBasis basis) {
        return value(Money.billionsUsd(billionsUsd), basis);
    }

    /** The headline value in major units of any currency ("1.50", "EUR"). */
    public DealBuilder valueMajor(String major, String currency, ValueBasis basis) {
        return value(Money.of(currency, new BigDecimal(major)), basis);
    }

    /** The headline value in US cents, for exact arithmetic. */
    public DealBuilder valueMinor(long cents, ValueBasis basis) {
        return value(Money.usd(cents), basis);
    }

    public DealBuilder value(Money amount, ValueBasis basis) {
        draft.basis = basis;
        draft.amount = amount;
        return this;
    }

    public DealBuilder undisclosed() {
        draft.basis = ValueBasis.UNDISCLOSED;
        draft.amount = null;
        draft.low = null;
        draft.high = null;
        return this;
    }

    /** An estimate range in billions of US dollars. */
    public DealBuilder range(String lowBillions, String highBillions) {
        draft.low = lowBillions == null ? null : Money.billionsUsd(lowBillions);
        draft.high = highBillions == null ? null : Money.billionsUsd(highBillions);
        return this;
    }

    public DealBuilder confidence(Confidence confidence) {
        draft.confidence = confidence;
        return this;
    }

    /** Sets the value figure's sources (replacing the default "S1"). */
    public DealBuilder sources(Source... sources) {
        draft.valueSources = List.of(sources);
        return this;
    }

    /** Sets the value figure's sources by id, each made by {@link #source(String)}. */
    public DealBuilder sourceIds(String... sourceIds) {
        draft.valueSources = List.of(sourceIds).stream().map(DealBuilder::source).toList();
        return this;
    }

    /** Sets the sources of the revision itself (status, term, capacity). */
    public DealBuilder revisionSources(Source... sources) {
        draft.revisionSources = List.of(sources);
        return this;
    }

    public DealBuilder otherFigure(Figure figure) {
        draft.otherFigures.add(figure);
        return this;
    }

    public DealBuilder term(String startMonth, int months) {
        draft.term = Term.of(YearMonth.parse(startMonth), months);
        return this;
    }

    public DealBuilder assumedTerm(String startMonth, int months) {
        draft.term = new Term(YearMonth.parse(startMonth), months, true);
        return this;
    }

    /** A term with a start and no stated end, scheduled over {@code horizonMonths} (ADR 20). */
    public DealBuilder openTerm(String startMonth, int horizonMonths, Integer noticeMonths) {
        draft.term = new Term(YearMonth.parse(startMonth), horizonMonths, false, true, noticeMonths);
        return this;
    }

    /** Marks the value figure unsourced and takes its sources away (ADR 21). */
    public DealBuilder unsourced() {
        draft.unsourced = true;
        draft.valueSources = List.of();
        return this;
    }

    /** Capacity with its basis and confidence, backed by the revision's sources. */
    public DealBuilder capacity(String gigawatts, CapacityBasis basis, Confidence confidence) {
        draft.capacity = Capacity.ofGigawatts(gigawatts);
        draft.capacityClaim = new CapacityClaim(basis, confidence, List.of(), null, false);
        return this;
    }

    public DealBuilder capacityClaim(CapacityClaim claim) {
        draft.capacityClaim = claim;
        return this;
    }

    public DealBuilder option(DealOption option) {
        draft.options.add(option);
        return this;
    }

    public DealBuilder exitRight(ExitRight exit) {
        draft.exitRights.add(exit);
        return this;
    }

    /** A party in a role, with an amount in billions of US dollars (guarantors) and a share in percent. */
    public DealBuilder role(PartyRole role, String partyId, String billionsUsd, String sharePercent) {
        roles.add(new DealRole(role, partyId, billionsUsd == null ? null : Money.billionsUsd(billionsUsd),
                sharePercent == null ? null : new BigDecimal(sharePercent), List.of(), null));
        return this;
    }

    public DealBuilder noTerm() {
        draft.term = null;
        return this;
    }

    public DealBuilder capacityGw(String gigawatts) {
        draft.capacity = gigawatts == null ? null : Capacity.ofGigawatts(gigawatts);
        return this;
    }

    public DealBuilder hardware(String text) {
        draft.hardware = text;
        return this;
    }

    public DealBuilder revisionNotes(String text) {
        draft.notes = text;
        return this;
    }

    /** A leg carrying money (billions of US dollars, or null for none) and no capacity. */
    public DealBuilder leg(String startMonth, int months, ScheduleShape shape, String billionsUsd) {
        return leg(new ScheduleLeg("leg " + (draft.legs.size() + 1), YearMonth.parse(startMonth), months, shape,
                billionsUsd == null ? null : Money.billionsUsd(billionsUsd), null));
    }

    /** A leg carrying an exact amount of US cents. */
    public DealBuilder legMinor(String startMonth, int months, ScheduleShape shape, long cents) {
        return leg(new ScheduleLeg("leg " + (draft.legs.size() + 1), YearMonth.parse(startMonth), months, shape,
                Money.usd(cents), null));
    }

    /** A leg carrying capacity only. */
    public DealBuilder capacityLeg(String startMonth, int months, ScheduleShape shape, String gigawatts) {
        return leg(new ScheduleLeg("leg " + (draft.legs.size() + 1), YearMonth.parse(startMonth), months, shape,
                null, Capacity.ofGigawatts(gigawatts)));
    }

    public DealBuilder leg(ScheduleLeg leg) {
        draft.legs.add(leg);
        return this;
    }

    public DealBuilder noLegs() {
        draft.legs.clear();
        return this;
    }

    /** Finishes the current revision and starts the next, known from the given date, as a copy of it. */
    public DealBuilder then(String knownFromIsoDate) {
        finished.add(draft.toRevision(announced));
        draft = draft.copy();
        draft.knownFrom = LocalDate.parse(knownFromIsoDate);
        draft.change = "Revised.";
        return this;
    }

    public Deal build() {
        List<Revision> revisions = new ArrayList<>(finished);
        revisions.add(draft.toRevision(announced));
        return new Deal(id, title, buyer, counterparty, kind, direction, announced, links, tags, notes, version, revisions, roles);
    }

    /** The revision under construction and its defaults. */
    private static final class Draft {
        LocalDate knownFrom;
        String change = "Announced.";
        DealStatus status = DealStatus.DEFINITIVE;
        ValueBasis basis = ValueBasis.UNDISCLOSED;
        Money amount;
        Money low;
        Money high;
        Confidence confidence = Confidence.OFFICIAL;
        List<Source> valueSources = List.of(source("S1"));
        List<Figure> otherFigures = new ArrayList<>();
        Term term;
        Capacity capacity;
        String hardware;
        List<ScheduleLeg> legs = new ArrayList<>();
        List<Source> revisionSources = List.of(source("S1"));
        String notes;
        boolean unsourced;
        CapacityClaim capacityClaim;
        List<DealOption> options = new ArrayList<>();
        List<ExitRight> exitRights = new ArrayList<>();

        Revision toRevision(LocalDate announced) {
            Figure value = new Figure(basis, amount, low, high, confidence, valueSources, null, unsourced);
            return new Revision(knownFrom == null ? announced : knownFrom, change, status, value, otherFigures,
                    term, capacity, hardware, legs, revisionSources, notes, capacityClaim, options, exitRights);
        }

        Draft copy() {
            Draft next = new Draft();
            next.knownFrom = knownFrom;
            next.change = change;
            next.status = status;
            next.basis = basis;
            next.amount = amount;
            next.low = low;
            next.high = high;
            next.confidence = confidence;
            next.valueSources = valueSources;
            next.otherFigures = new ArrayList<>(otherFigures);
            next.term = term;
            next.capacity = capacity;
            next.hardware = hardware;
            next.legs = new ArrayList<>(legs);
            next.revisionSources = revisionSources;
            next.notes = notes;
            next.unsourced = unsourced;
            next.capacityClaim = capacityClaim;
            next.options = new ArrayList<>(options);
            next.exitRights = new ArrayList<>(exitRights);
            return next;
        }
    }
}
