package com.computefolio.service;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ExactSums;
import com.computefolio.domain.ScheduleFlag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes {@link ChartAggregates} from one {@link TimelinePlan}: each deal's runs of equal monthly
 * values (cached with its schedule) are added into the difference array of its bucket, two writes
 * per run, and each bucket is folded into periods once. The sums are those the timelines and the
 * cells of the same plan give, by construction: the same runs, the same months, the same folding.
 */
final class ChartAggregator {

    /** A series under construction. */
    private static final class SeriesAcc {
        final String key;
        final String label;
        final Confidence confidence;
        final List<String> dealIds = new ArrayList<>();
        int[] bucketOf = new int[8];
        final Caveats caveats = new Caveats();
        /** Buckets by confidence and caveats ({@link #bucketKey}); an umbrella's remainder by its id. */
        final Map<Integer, BucketAcc> buckets = new HashMap<>();
        final Map<String, BucketAcc> remainders = new HashMap<>();
        long total;

        SeriesAcc(String key, String label, Confidence confidence) {
            this.key = key;
            this.label = label;
            this.confidence = confidence;
        }

        void add(String dealId, int bucket) {
            if (dealIds.size() == bucketOf.length) {
                bucketOf = Arrays.copyOf(bucketOf, bucketOf.length * 2);
            }
            bucketOf[dealIds.size()] = bucket;
            dealIds.add(dealId);
        }
    }

    /** A bucket under construction: month-to-month changes, one slot more than the months. */
    private static final class BucketAcc {
        final SeriesAcc series;
        final Confidence confidence;
        final Set<ScheduleFlag> flags;
        final String remainderOf;
        final long[] differences;
        final int index;
        int deals;

        BucketAcc(int index, SeriesAcc series, Confidence confidence, Set<ScheduleFlag> flags, String remainderOf, int months) {
            this.index = index;
            this.series = series;
            this.confidence = confidence;
            this.flags = flags;
            this.remainderOf = remainderOf;
            this.differences = new long[months + 1];
        }
    }

    /**
     * @param split     whether each group's deals are split by their confidence
     * @param remainders the umbrellas drawn apart (their ids)
     */
    ChartAggregates aggregate(TimelinePlan plan, boolean split, Set<String> remainders, List<DealView> views,
                              List<NettingLine> netting) {
        boolean capacity = plan.capacity();
        // Per group key, its series by confidence (slot 0 when not split, else 1 + the confidence's ordinal).
        Map<String, SeriesAcc[]> seriesByKey = new HashMap<>();
        List<SeriesAcc> series = new ArrayList<>();
        List<BucketAcc> buckets = new ArrayList<>();
        Map<Confidence, List<String>> undisclosed = new HashMap<>();
        long[] scratchDifferences = new long[plan.monthCount() + 1];
        long[] scratchPeriods = new long[plan.periodCount()];
        for (TimelinePlan.Member member : plan.members()) {
            MatchedDeal deal = member.deal();
            Confidence confidence = deal.view().revision().value().confidence();
            Confidence seriesConfidence = split ? confidence : null;
            SeriesAcc[] byConfidence = seriesByKey.computeIfAbsent(member.key(), k -> new SeriesAcc[Confidence.values().length + 1]);
            int slot = seriesConfidence == null ? 0 : seriesConfidence.ordinal() + 1;
            SeriesAcc acc = byConfidence[slot];
            if (acc == null) {
                acc = new SeriesAcc(member.key(), member.label(), seriesConfidence);
                byConfidence[slot] = acc;
                series.add(acc);
            }
            Set<ScheduleFlag> flags = deal.scheduled().flags();
            acc.caveats.add(flags);
            if (flags.contains(ScheduleFlag.UNDISCLOSED)) {
                undisclosed.computeIfAbsent(seriesConfidence, c -> new ArrayList<>()).add(deal.id());
            }
            int bucket = -1;
            if (!member.countsValues()) {
                acc.caveats.addOtherCurrency();
            } else if (!plan.isEmpty()) {
                long[] into = scratchDifferences;
                if (addsToPeriods(member.runs(), plan, scratchPeriods)) {
                    String remainderOf = remainders.contains(deal.id()) ? deal.id() : null;
                    BucketAcc b = remainderOf != null ? acc.remainders.get(remainderOf) : acc.buckets.get(bucketKey(confidence, flags));
                    if (b == null) {
                        b = new BucketAcc(buckets.size(), acc, confidence, flags, remainderOf, plan.monthCount());
                        if (remainderOf != null) {
                            acc.remainders.put(remainderOf, b);
                        } else {
                            acc.buckets.put(bucketKey(confidence, flags), b);
                        }
                        buckets.add(b);
                    }
                    bucket = b.index;
                    b.deals++;
                    into = b.differences;
                }
                // A deal without a part in any period (a stock that comes and goes within one) still counts towards the order.
                long part = member.runs().addIntoDifferences(into, plan.firstMonth(), plan.lastMonth(), capacity);
                acc.total = ExactSums.add(acc.total, part, capacity);
            }
            acc.add(deal.id(), bucket);
        }
        return result(plan, series, buckets, undisclosed, views, netting);
    }

    /** The confidence and the caveats as one number: a set's own hash would be computed afresh for every deal. */
    private static int bucketKey(Confidence confidence, Set<ScheduleFlag> flags) {
        int key = confidence.ordinal();
        for (ScheduleFlag flag : flags) {
            key |= 1 << (flag.ordinal() + 2);
        }
        return key;
    }

    /**
     * Whether the deal adds a non-zero amount to any period: all of its values are positive but for
     * a stock's removals, so only runs with a negative value need their periods summed.
     */
    private static boolean addsToPeriods(MonthRuns runs, TimelinePlan plan, long[] scratchPeriods) {
        int lo = Math.max(plan.firstMonth(), runs.first());
        int hi = Math.min(plan.lastMonth(), runs.last());
        if (lo > hi) {
            return false;
        }
        if (!runs.hasNegative()) {
            return runs.sumBetween(lo, hi, plan.capacity()) != 0;
        }
        int g = plan.query().granularity().months();
        int firstPeriodMonth = Math.floorDiv(plan.firstMonth(), g) * g;
        runs.addPerPeriod(scratchPeriods, firstPeriodMonth, g, lo, hi, plan.capacity());
        boolean any = false;
        for (int p = 0; p < scratchPeriods.length; p++) {
            any |= scratchPeriods[p] != 0;
            scratchPeriods[p] = 0;
        }
        return any;
    }

    private static ChartAggregates result(TimelinePlan plan, List<SeriesAcc> series, List<BucketAcc> buckets,
                                          Map<Confidence, List<String>> undisclosed, List<DealView> views,
                                          List<NettingLine> netting) {
        // Each confidence's series in the order its own timeline would give them.
        List<SeriesAcc> ordered = new ArrayList<>(series);
        ordered.sort(Comparator.comparingInt((SeriesAcc s) -> s.confidence == null ? -1 : s.confidence.ordinal())
                .thenComparing(Comparator.comparingLong((SeriesAcc s) -> s.total).reversed())
                .thenComparing(s -> s.key));
        Map<SeriesAcc, Integer> index = new HashMap<>();
        List<ChartAggregates.Series> outSeries = new ArrayList<>(ordered.size());
        for (SeriesAcc s : ordered) {
            index.put(s, outSeries.size());
            outSeries.add(new ChartAggregates.Series(s.key, s.label, s.confidence, s.total, s.dealIds,
                    Arrays.copyOf(s.bucketOf, s.dealIds.size()), s.caveats.toMap()));
        }
        List<ChartAggregates.Bucket> outBuckets = new ArrayList<>(buckets.size());
        for (BucketAcc b : buckets) {
            outBuckets.add(new ChartAggregates.Bucket(index.get(b.series), b.confidence, b.flags, b.remainderOf,
                    fold(b.differences, plan), b.deals));
        }
        Map<Confidence, List<String>> byConfidence = new HashMap<>(undisclosed);
        return new ChartAggregates(plan.periodStarts(), outSeries, outBuckets, byConfidence, views, netting);
    }

    /** As a timeline folds a series: months into periods, then running totals or annualised amounts. */
    private static long[] fold(long[] differences, TimelinePlan plan) {
        long[] periods = new long[plan.periodCount()];
        long month = 0;
        for (int i = 0; i < plan.monthCount(); i++) {
            month += differences[i];
            periods[plan.periodOf(plan.firstMonth() + i)] += month;
        }
        long running = 0;
        long factor = plan.factor();
        for (int p = 0; p < periods.length; p++) {
            running += periods[p];
            periods[p] = plan.query().cumulative() ? running : ExactSums.times(periods[p], factor, plan.capacity());
        }
        return periods;
    }
}
