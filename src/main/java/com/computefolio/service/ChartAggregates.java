package com.computefolio.service;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ScheduleFlag;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a stacked chart over periods adds up, from one pass over the matched deals: each group's
 * deals by confidence, in the register's matching order, and their sums per period gathered by
 * what sets their hatching apart (confidence, caveats, an umbrella's remainder). A chart draws
 * from these sums alone; no per-deal cell and no timeline per confidence is made for it.
 *
 * <p>Arrays are shared, not copied: the result is made by {@link ChartAggregator} and only read.
 *
 * @param periodStarts calendar start of each period the values are aligned on
 * @param series       one entry per group (and confidence, when split), each confidence's in the
 *                     order of a timeline's series (largest total first, then by key)
 * @param buckets      the sums, each belonging to one entry of {@code series}
 * @param undisclosed  deals whose money is undisclosed, in matching order, per series confidence
 *                     (the key is null when the series are not split by confidence)
 * @param views        every matched deal, as matched (not localized)
 * @param netting      the umbrellas among the matched deals (empty for a gross filter)
 */
public record ChartAggregates(List<YearMonth> periodStarts, List<Series> series, List<Bucket> buckets,
                              Map<Confidence, List<String>> undisclosed, List<DealView> views, List<NettingLine> netting) {

    /**
     * One group's deals of one confidence (null: all confidences).
     *
     * @param dealIds  in matching order
     * @param bucketOf for each deal, the index of its bucket, or -1 when it adds nothing to any
     *                 period (undisclosed, another currency, outside the periods)
     * @param caveats  how many of the deals carry each caveat, other currencies included
     * @param total    what the timeline of this group would sort by (its checked sum of months)
     */
    public record Series(String groupKey, String label, Confidence confidence, long total, List<String> dealIds,
                         int[] bucketOf, Map<String, Integer> caveats) {
    }

    /**
     * The per-period sums of the deals of one series with one confidence and the same caveats; an
     * umbrella whose parts were netted in this measure has a bucket of its own.
     *
     * @param series      index of its series
     * @param remainderOf the umbrella's deal id, or null
     * @param values      one per period: cumulative or annualised as the query asks
     * @param deals       how many deals it holds
     */
    public record Bucket(int series, Confidence confidence, Set<ScheduleFlag> flags, String remainderOf, long[] values,
                         int deals) {
    }
}
