package com.computefolio.service.export;

import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.service.DealView;
import com.computefolio.service.NettingLine;
import com.computefolio.service.chart.ChartText;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row of the deals table as reports and spreadsheets show it: the deal as seen on the as-of
 * date, with its headline value in billions and its capacity in gigawatts, both exact.
 *
 * @param valueBillions   the headline total in billions of {@code currency}, or null when undisclosed; for an
 *                        umbrella its own headline ($500B), before its named parts are taken off
 * @param gigawatts       the capacity, or null when none is stated
 * @param termMonths      0 when the term is unknown
 * @param countedBillions what totals and charts count of the deal: the headline, or for an umbrella what its
 *                        named parts leave over (ADR 18, the netting line's counted value); null when undisclosed
 * @param valueUnsourced  the headline value was saved before its source was found (ADR 21)
 */
public record DealRow(String id, String title, String buyer, String counterparty, String kind, String status,
                      String direction, String announced, String basis, String currency, BigDecimal valueBillions,
                      BigDecimal gigawatts, String confidence, String termStart, int termMonths, String sources,
                      BigDecimal countedBillions, boolean valueUnsourced) {

    /** Rows for the given deals, in their order, with enum names in words from the bundle; nothing netted. */
    public static List<DealRow> of(List<DealView> views, ChartText text) {
        return of(views, List.of(), text);
    }

    /**
     * Rows for the given deals, with each umbrella's headline taken from its netting line (the deal
     * views carry the counted revision) and its counted value beside it.
     */
    public static List<DealRow> of(List<DealView> views, List<NettingLine> netting, ChartText text) {
        Map<String, NettingLine> byUmbrella = new HashMap<>();
        netting.stream().filter(l -> l.moneyDisclosed()).forEach(l -> byUmbrella.put(l.umbrellaId(), l));
        return views.stream().map(v -> of(v, byUmbrella.get(v.deal().id()), text)).toList();
    }

    static DealRow of(DealView view, NettingLine netted, ChartText text) {
        Revision r = view.revision();
        var total = HeadlineTotal.minorUnits(r);
        BigDecimal counted = total.isPresent() ? billions(total.getAsLong()) : null;
        BigDecimal value = netted != null ? billions(netted.grossMinor()) : counted;
        BigDecimal gw = r.capacity() == null ? null : r.capacity().gigawatts();
        String sources = r.value().sources().stream().map(Source::publisher).distinct().collect(Collectors.joining("; "));
        return new DealRow(view.deal().id(), view.title(), view.buyerName(), view.counterpartyName(),
                text.name("kind", view.deal().kind()), text.name("status", r.status()), view.deal().direction().name(),
                view.deal().announced().toString(), r.value().basis().name(), HeadlineTotal.currency(r), plain(value), gw,
                text.name("confidence", r.value().confidence()), r.term() == null ? null : r.term().start().toString(),
                r.term() == null ? 0 : r.term().months(), sources, plain(counted), r.value().unsourced());
    }

    /** True when what is counted differs from the headline (an umbrella netted against its parts). */
    public boolean netted() {
        return countedBillions != null && valueBillions != null && countedBillions.compareTo(valueBillions) != 0;
    }

    private static BigDecimal billions(long minor) {
        return BigDecimal.valueOf(minor, 11).stripTrailingZeros();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }
}
