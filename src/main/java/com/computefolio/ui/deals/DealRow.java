package com.computefolio.ui.deals;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Revision;
import com.computefolio.service.DealView;
import com.computefolio.service.NettingLine;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.format.DisplayFormats;
import java.util.OptionalLong;

/**
 * One line of the deals table: a row of the service's deal selection (a deal seen through the
 * revision in force on the as-of date, with its parties' display names). The headline total is
 * computed once here so that sorting by value costs nothing per comparison.
 *
 * @param headlineMinor the headline total in minor units, or -1 when undisclosed (sorts first); for an umbrella
 *                      deal whose value the totals count only for what its parts leave over, its registered headline
 * @param netting       what was netted when this row is such an umbrella (ADR 18), else null
 */
public record DealRow(Deal deal, Revision revision, String buyerName, String counterpartyName, long headlineMinor,
                      NettingLine netting, String title) {

    /** A row under the deal's own title, as the register stores it. */
    public DealRow(Deal deal, Revision revision, String buyerName, String counterpartyName, long headlineMinor,
                   NettingLine netting) {
        this(deal, revision, buyerName, counterpartyName, headlineMinor, netting, deal.title());
    }


    public DealRow(Deal deal, Revision revision, String buyerName, String counterpartyName, long headlineMinor) {
        this(deal, revision, buyerName, counterpartyName, headlineMinor, null);
    }

    public static DealRow of(DealView view) {
        return of(view, null);
    }

    /** The row of a view; {@code netting} when the view is an umbrella whose counted value differs from its headline. */
    public static DealRow of(DealView view, NettingLine netting) {
        OptionalLong total = HeadlineTotal.minorUnits(view.revision());
        boolean netted = netting != null && netting.moneyDisclosed() && netting.countedMinor() != netting.grossMinor();
        // Sorted by the registered headline, which the cell shows first (the counted share follows it).
        long headline = netted ? netting.grossMinor() : total.isPresent() ? total.getAsLong() : -1;
        return new DealRow(view.deal(), view.revision(), view.buyerName(), view.counterpartyName(), headline,
                netted ? netting : null, view.title());
    }

    /** The value cell: an umbrella's registered headline with the share the totals count beside it, "$500B (counted $193B)". */
    public String valueText(DisplayFormats formats, Messages messages) {
        if (netting == null) {
            return formats.figure(revision.value());
        }
        return messages.format("deals.value.counted", formats.money(netting.grossMinor(), netting.currency()),
                formats.figure(revision.value()));
    }

    public String id() {
        return deal.id();
    }

    public DealStatus status() {
        return revision.status();
    }

    public Confidence confidence() {
        return revision.value().confidence();
    }

    /** Capacity in kilowatts, or -1 when none is stated (sorts first). */
    public long kilowatts() {
        return revision.capacity() == null ? -1 : revision.capacity().kilowatts();
    }
}
