package com.computefolio.service.export;

import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.service.DealView;
import com.computefolio.service.chart.ChartText;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the deals table as reports and spreadsheets show it: the deal as seen on the as-of
 * date, with its headline value in billions and its capacity in gigawatts, both exact.
 *
 * @param valueBillions the headline total in billions of {@code currency}, or null when undisclosed
 * @param gigawatts     the capacity, or null when none is stated
 * @param termMonths    0 when the term is unknown
 */
public record DealRow(String id, String title, String buyer, String counterparty, String kind, String status,
                      String direction, String announced, String basis, String currency, BigDecimal valueBillions,
                      BigDecimal gigawatts, String confidence, String termStart, int termMonths, String sources) {

    /** Rows for the given deals, in their order, with enum names in words from the bundle. */
    public static List<DealRow> of(List<DealView> views, ChartText text) {
        return views.stream().map(v -> of(v, text)).toList();
    }

    static DealRow of(DealView view, ChartText text) {
        Revision r = view.revision();
        var total = HeadlineTotal.minorUnits(r);
        BigDecimal value = total.isPresent() ? BigDecimal.valueOf(total.getAsLong(), 11).stripTrailingZeros() : null;
        BigDecimal gw = r.capacity() == null ? null : r.capacity().gigawatts();
        String sources = r.value().sources().stream().map(Source::publisher).distinct().collect(Collectors.joining("; "));
        return new DealRow(view.deal().id(), view.deal().title(), view.buyerName(), view.counterpartyName(),
                text.name("kind", view.deal().kind()), text.name("status", r.status()), view.deal().direction().name(),
                view.deal().announced().toString(), r.value().basis().name(), HeadlineTotal.currency(r), plain(value), gw,
                text.name("confidence", r.value().confidence()), r.term() == null ? null : r.term().start().toString(),
                r.term() == null ? 0 : r.term().months(), sources);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }
}
