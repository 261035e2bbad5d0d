package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.ExactSums;
import com.computefolio.domain.Figure;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Money;
import com.computefolio.domain.Capacity;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ValueBasis;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts each dollar and each gigawatt once: an umbrella deal (one that other deals are linked
 * {@link LinkType#PART_OF}) keeps only what its parts do not already cover, never below zero.
 *
 * <p>The rule (docs/decisions/0017-overlaps-counted-once.md, with a worked example):
 * <ul>
 *   <li>On each date, the umbrella's counted money is its headline total minus the headline totals
 *       of its parts that are live (not cancelled or superseded), known on that date, in the same
 *       direction and currency; floored at zero. Capacity likewise, whatever the parts' direction.
 *       Undisclosed parts take nothing off; an undisclosed umbrella keeps no money to net.</li>
 *   <li>The remainder keeps the umbrella's own placement in time: its term (or legs, scaled in
 *       proportion), so the "not yet allocated" part runs over the umbrella's own schedule.</li>
 *   <li>Parts count at their gross value even if they are umbrellas themselves, so nesting
 *       adds up to the outermost umbrella's total, never more.</li>
 *   <li>As-of views stay right: the umbrella gets a revision on every date one of its parts
 *       changed, so "as known on X" nets against the parts as known on X.</li>
 * </ul>
 * A pure transform of the register: nothing is stored, and a register without PART_OF links is
 * returned as the very same object.
 */
final class OverlapNetting {

    private OverlapNetting() {
    }

    /** The register with its umbrellas netted, and what was netted. */
    static NettedRegister apply(Portfolio register) {
        Map<String, Set<String>> partIdsByUmbrella = new LinkedHashMap<>();
        for (Deal deal : register.deals()) {
            for (DealLink link : deal.links()) {
                if (link.type() == LinkType.PART_OF && !link.targetDealId().equals(deal.id())) {
                    partIdsByUmbrella.computeIfAbsent(link.targetDealId(), k -> new LinkedHashSet<>()).add(deal.id());
                }
            }
        }
        if (partIdsByUmbrella.isEmpty()) {
            return NettedRegister.unchanged(register);
        }
        Map<String, Deal> byId = new LinkedHashMap<>();
        register.deals().forEach(d -> byId.putIfAbsent(d.id(), d));
        Map<String, Umbrella> umbrellas = new LinkedHashMap<>();
        Set<Revision> nettedRevisions = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Deal> deals = new ArrayList<>(register.deals().size());
        for (Deal deal : register.deals()) {
            Set<String> partIds = partIdsByUmbrella.get(deal.id());
            if (partIds == null) {
                deals.add(deal);
                continue;
            }
            Umbrella umbrella = new Umbrella(deal, partIds.stream().map(byId::get).filter(p -> p != null).toList());
            umbrellas.put(deal.id(), umbrella);
            deals.add(umbrella.netted(nettedRevisions));
        }
        Portfolio netted = new Portfolio(register.name(), register.parties(), deals, register.contextSeries());
        return new NettedRegister(netted, umbrellas, nettedRevisions);
    }

    /** An umbrella deal with its parts as stored (gross). */
    record Umbrella(Deal deal, List<Deal> parts) {

        /** What netting does to the umbrella as known on {@code date}; empty if the umbrella was not yet known. */
        Optional<NettingLine> lineAsOf(LocalDate date) {
            return deal.asOf(date).map(revision -> line(revision, date));
        }

        private NettingLine line(Revision umbrella, LocalDate date) {
            java.util.OptionalLong headline = HeadlineTotal.minorUnits(umbrella);
            String currency = HeadlineTotal.currency(umbrella);
            long grossKw = umbrella.capacity() == null ? 0 : umbrella.capacity().kilowatts();
            long partsMinor = 0;
            long partsKw = 0;
            List<String> counted = new ArrayList<>();
            for (Deal part : parts) {
                Optional<Revision> known = part.asOf(date);
                if (known.isEmpty() || !known.get().status().isLive()) {
                    continue;
                }
                Revision r = known.get();
                counted.add(part.id());
                java.util.OptionalLong partMoney = HeadlineTotal.minorUnits(r);
                if (partMoney.isPresent() && part.direction() == deal.direction()
                        && HeadlineTotal.currency(r).equals(currency)) {
                    partsMinor = ExactSums.money(partsMinor, partMoney.getAsLong());
                }
                if (r.capacity() != null) {
                    partsKw = ExactSums.kilowatts(partsKw, r.capacity().kilowatts());
                }
            }
            long grossMinor = headline.orElse(0);
            return new NettingLine(deal.id(), deal.title(), currency, headline.isPresent(),
                    grossMinor, partsMinor, Math.max(0, grossMinor - partsMinor),
                    grossKw, partsKw, Math.max(0, grossKw - partsKw), counted);
        }

        /** The umbrella with a netted revision on each date it or one of its parts changed. */
        Deal netted(Set<Revision> nettedRevisions) {
            LocalDate first = deal.revisions().get(0).knownFrom();
            TreeSet<LocalDate> dates = new TreeSet<>();
            deal.revisions().forEach(r -> dates.add(r.knownFrom()));
            for (Deal part : parts) {
                part.revisions().stream().map(Revision::knownFrom).filter(d -> d.isAfter(first)).forEach(dates::add);
            }
            List<Revision> revisions = new ArrayList<>(dates.size());
            for (LocalDate date : dates) {
                Revision own = deal.asOf(date).orElseThrow();
                Revision netted = nettedRevision(own, date, line(own, date));
                if (netted != own) {
                    nettedRevisions.add(netted);
                }
                revisions.add(netted);
            }
            return deal.withRevisions(revisions);
        }

        private static Revision nettedRevision(Revision own, LocalDate date, NettingLine line) {
            if (!line.netted() && own.knownFrom().equals(date)) {
                return own;
            }
            Figure value = own.value();
            if (line.moneyDisclosed() && line.countedMinor() != line.grossMinor()) {
                // The counted amount is a total, whatever the umbrella's basis said (a yearly rate, say).
                ValueBasis basis = value.basis() == ValueBasis.PER_YEAR ? ValueBasis.TOTAL_OVER_TERM : value.basis();
                value = new Figure(basis, new Money(line.currency(), line.countedMinor()), null, null,
                        value.confidence(), value.sources(), value.label());
            }
            Capacity capacity = own.capacity() == null ? null : new Capacity(line.countedKilowatts());
            List<ScheduleLeg> legs = scaledLegs(own.legs(), line);
            // The constructor rather than with-methods: every field is carried over on purpose, and this
            // class is the one place where a revision is derived rather than entered.
            return new Revision(date, own.change(), own.status(), value, own.otherFigures(), own.term(), capacity,
                    own.hardware(), legs, own.sources(), own.notes());
        }

        /** Each leg's money and capacity scaled by counted / gross; the last leg takes the rounding, so legs add up exactly. */
        private static List<ScheduleLeg> scaledLegs(List<ScheduleLeg> legs, NettingLine line) {
            if (legs.isEmpty()) {
                return legs;
            }
            long[] money = new long[legs.size()];
            long[] kw = new long[legs.size()];
            for (int i = 0; i < legs.size(); i++) {
                money[i] = legs.get(i).amount() == null ? 0 : legs.get(i).amount().minorUnits();
                kw[i] = legs.get(i).capacity() == null ? 0 : legs.get(i).capacity().kilowatts();
            }
            long[] scaledMoney = line.moneyDisclosed() ? scale(money, line.countedMinor(), line.grossMinor()) : money;
            long[] scaledKw = scale(kw, line.countedKilowatts(), line.grossKilowatts());
            List<ScheduleLeg> out = new ArrayList<>(legs.size());
            for (int i = 0; i < legs.size(); i++) {
                ScheduleLeg leg = legs.get(i);
                Money amount = leg.amount() == null ? null : new Money(leg.amount().currency(), scaledMoney[i]);
                Capacity capacity = leg.capacity() == null ? null : new Capacity(scaledKw[i]);
                out.add(new ScheduleLeg(leg.label(), leg.start(), leg.months(), leg.shape(), amount, capacity));
            }
            return out;
        }

        /** Values times counted / gross, rounded down, the shortfall added to the last non-zero value. */
        static long[] scale(long[] values, long counted, long gross) {
            long[] out = values.clone();
            if (gross == 0 || counted == gross) {
                return out;
            }
            BigInteger c = BigInteger.valueOf(counted);
            BigInteger g = BigInteger.valueOf(gross);
            long total = 0;
            int last = -1;
            for (int i = 0; i < values.length; i++) {
                out[i] = BigInteger.valueOf(values[i]).multiply(c).divide(g).longValueExact();
                total += out[i];
                if (values[i] != 0) {
                    last = i;
                }
            }
            long legsTotal = 0;
            for (long v : values) {
                legsTotal += v;
            }
            if (last >= 0 && legsTotal == gross) {
                out[last] += counted - total;
            }
            return out;
        }
    }
}
