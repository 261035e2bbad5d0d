package com.computefolio.service;

import com.computefolio.domain.ExactSums;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Flows} from matched deals: for each buyer, that buyer's deals summed per
 * counterparty by {@link SummaryAssembler} itself, so a pair's out and in follow exactly the
 * summary's rules (only USD, only live deals, only months inside the filter's window, checked
 * sums) and whatever the summary learns later applies here too.
 */
final class FlowsAssembler {

    private final SummaryAssembler summaries;

    FlowsAssembler(SummaryAssembler summaries) {
        this.summaries = summaries;
    }

    Flows assemble(MatchedDeals matched, DealFilter filter) {
        Map<String, List<Integer>> byBuyer = new LinkedHashMap<>();
        Map<String, String> buyerNames = new HashMap<>();
        for (int i = 0; i < matched.size(); i++) {
            MatchedDeal m = matched.get(i);
            String buyer = m.view().deal().buyerId();
            byBuyer.computeIfAbsent(buyer, k -> new ArrayList<>()).add(i);
            buyerNames.putIfAbsent(buyer, m.view().buyerName());
        }
        List<String> buyers = new ArrayList<>(byBuyer.keySet());
        buyers.sort(Comparator.comparing((String id) -> buyerNames.get(id)).thenComparing(id -> id));
        List<FlowRow> rows = new ArrayList<>();
        for (String buyer : buyers) {
            Summary perCounterparty = summaries.assemble(
                    matched.only(byBuyer.get(buyer).stream().mapToInt(Integer::intValue).toArray()), filter, GroupBy.COUNTERPARTY);
            for (SummaryRow row : perCounterparty.rows()) {
                rows.add(FlowRow.of(buyer, buyerNames.get(buyer), row.key(), row.label(), row.deals(),
                        row.commitmentsMinor(), row.inflowsMinor(), row.caveats()));
            }
        }
        return new Flows(filter, TimelinePlan.CURRENCY, rows, sum(Flows.TOTAL_KEY, rows),
                sum(Flows.CIRCULAR_KEY, rows.stream().filter(FlowRow::circular).toList()));
    }

    private static FlowRow sum(String key, List<FlowRow> rows) {
        int deals = 0;
        long out = 0;
        long in = 0;
        Map<String, Integer> caveats = new HashMap<>();
        for (FlowRow r : rows) {
            deals += r.deals();
            out = ExactSums.money(out, r.outMinor());
            in = ExactSums.money(in, r.inMinor());
            r.caveats().forEach((k, v) -> caveats.merge(k, v, Integer::sum));
        }
        return FlowRow.of(key, key, key, key, deals, out, in, caveats);
    }
}
