package com.computefolio.service;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Deal;
import com.computefolio.domain.ExactSums;
import com.computefolio.domain.Figure;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ValueBasis;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * An umbrella deal with its PART_OF parts as stored (gross), and what {@link OverlapNetting} makes of it.
 */
record NettingUmbrella(Deal deal, List<Deal> parts) {

    /** What netting does to the umbrella as known on {@code date}; empty if the umbrella was not yet known. */
    Optional<NettingLine> lineAsOf(LocalDate date) {
        return deal.asOf(date).map(revision -> line(revision, date));
    }

    private NettingLine line(Revision umbrella, LocalDate date) {
        OptionalLong headline = HeadlineTotal.minorUnits(umbrella);
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
            OptionalLong partMoney = HeadlineTotal.minorUnits(r);
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
            ValueBasis basis = value.basis() == ValueBasis.PER_YEAR || value.basis() == ValueBasis.PER_MONTH
                    ? ValueBasis.TOTAL_OVER_TERM : value.basis();
            value = new Figure(basis, new Money(line.currency(), line.countedMinor()), null, null,
                    value.confidence(), value.sources(), value.label(), value.unsourced());
        }
        Capacity capacity = own.capacity() == null ? null : new Capacity(line.countedKilowatts());
        List<ScheduleLeg> legs = scaledLegs(own.legs(), line);
        // The constructor rather than with-methods: every field is carried over on purpose, and this
        // class is the one place where a revision is derived rather than entered.
        return new Revision(date, own.change(), own.status(), value, own.otherFigures(), own.term(), capacity,
                own.hardware(), legs, own.sources(), own.notes(), own.capacityClaim(), own.options(), own.exitRights());
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
            out.add(new ScheduleLeg(leg.label(), leg.start(), leg.months(), leg.shape(), amount, capacity, leg.prepayment()));
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
