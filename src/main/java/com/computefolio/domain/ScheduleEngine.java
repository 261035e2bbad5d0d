package com.computefolio.domain;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns one revision of a deal into monthly money (minor units) and capacity (kilowatts). Pure and
 * stateless: the same revision always gives the same schedule, and every total is placed exactly,
 * to the last cent and kilowatt.
 *
 * <ul>
 *   <li>No legs: the headline total ({@link HeadlineTotal}) and the capacity are spread evenly over
 *       the term; remainder units go one each to the earliest months.</li>
 *   <li>Legs: each leg places its own amount and capacity by its shape (EVEN, RAMP, LUMP). When no
 *       leg carries money, the headline money is spread evenly over the term (or, without a term,
 *       over the span of the legs); the same holds for capacity.</li>
 *   <li>No term and no legs: everything lands in the month of {@code knownFrom}, flagged
 *       {@link ScheduleFlag#TERM_UNKNOWN}.</li>
 *   <li>UNDISCLOSED: no money at all (not even from legs), flagged; capacity is still placed.</li>
 * </ul>
 */
public final class ScheduleEngine {

    public DealSchedule schedule(Deal deal, Revision revision) {
        Set<ScheduleFlag> flags = flagsOf(revision);
        OptionalLong headline = HeadlineTotal.minorUnits(revision);
        long money = headline.orElse(0);
        long kilowatts = revision.capacity() == null ? 0 : revision.capacity().kilowatts();
        String currency = HeadlineTotal.currency(revision);

        if (revision.legs().isEmpty()) {
            if (revision.term() == null) {
                flags.add(ScheduleFlag.TERM_UNKNOWN);
                int month = Months.index(YearMonth.from(revision.knownFrom()));
                return DealSchedule.ofOwnedArrays(deal.id(), currency, month, new long[] {money}, new long[] {kilowatts}, flags);
            }
            int start = Months.index(revision.term().start());
            int length = revision.term().months();
            long[] moneyByMonth = new long[length];
            long[] kwByMonth = new long[length];
            Spreads.even(money, length, moneyByMonth, 0, false);
            Spreads.even(kilowatts, length, kwByMonth, 0, true);
            return DealSchedule.ofOwnedArrays(deal.id(), currency, start, moneyByMonth, kwByMonth, flags);
        }
        return withLegs(deal, revision, headline.isPresent(), money, kilowatts, currency, flags);
    }

    private static DealSchedule withLegs(Deal deal, Revision revision, boolean disclosed, long money, long kilowatts,
                                         String currency, Set<ScheduleFlag> flags) {
        int[] legSpan = HeadlineTotal.legSpan(revision).orElseThrow();
        int first = legSpan[0];
        int last = legSpan[1];
        // Headline amounts that no leg claims are spread over the term, or over the legs when there is none.
        int evenStart = first;
        int evenLength = last - first + 1;
        if (revision.term() != null) {
            evenStart = Months.index(revision.term().start());
            evenLength = revision.term().months();
            first = Math.min(first, evenStart);
            last = Math.max(last, evenStart + evenLength - 1);
        }
        long[] moneyByMonth = new long[last - first + 1];
        long[] kwByMonth = new long[last - first + 1];
        boolean legsCarryMoney = revision.legs().stream().anyMatch(leg -> leg.amount() != null);
        boolean legsCarryCapacity = revision.legs().stream().anyMatch(leg -> leg.capacity() != null);

        for (ScheduleLeg leg : revision.legs()) {
            int offset = Months.index(leg.start()) - first;
            if (disclosed && leg.amount() != null) {
                Spreads.byShape(leg.shape(), leg.amount().minorUnits(), leg.months(), moneyByMonth, offset, false);
            }
            if (leg.capacity() != null) {
                Spreads.byShape(leg.shape(), leg.capacity().kilowatts(), leg.months(), kwByMonth, offset, true);
            }
        }
        if (!legsCarryMoney) {
            Spreads.even(money, evenLength, moneyByMonth, evenStart - first, false);
        }
        if (!legsCarryCapacity) {
            Spreads.even(kilowatts, evenLength, kwByMonth, evenStart - first, true);
        }
        return DealSchedule.ofOwnedArrays(deal.id(), currency, first, moneyByMonth, kwByMonth, flags);
    }

    private static Set<ScheduleFlag> flagsOf(Revision revision) {
        Set<ScheduleFlag> flags = EnumSet.noneOf(ScheduleFlag.class);
        Figure value = revision.value();
        switch (value.basis()) {
            case UNDISCLOSED -> flags.add(ScheduleFlag.UNDISCLOSED);
            case UP_TO -> flags.add(ScheduleFlag.UPPER_BOUND);
            case AT_LEAST -> flags.add(ScheduleFlag.LOWER_BOUND);
            case ABOUT -> flags.add(ScheduleFlag.APPROXIMATE);
            case ANALYST_ESTIMATE -> flags.add(ScheduleFlag.ESTIMATE);
            default -> {
                // TOTAL_OVER_TERM, PER_YEAR and PER_MONTH carry no caveat of their own.
            }
        }
        if (value.confidence() == Confidence.ESTIMATE) {
            flags.add(ScheduleFlag.ESTIMATE);
        }
        if (value.unsourced()) {
            flags.add(ScheduleFlag.UNSOURCED);
        }
        if (revision.term() != null && revision.term().placementAssumed()) {
            flags.add(ScheduleFlag.TERM_ASSUMED);
        }
        return flags;
    }
}
