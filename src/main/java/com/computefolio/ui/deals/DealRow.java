package com.computefolio.ui.deals;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Revision;
import com.computefolio.service.DealView;
import java.util.OptionalLong;

/**
 * One line of the deals table: a row of the service's deal selection (a deal seen through the
 * revision in force on the as-of date, with its parties' display names). The headline total is
 * computed once here so that sorting by value costs nothing per comparison.
 *
 * @param headlineMinor the headline total in minor units, or -1 when undisclosed (sorts first)
 */
public record DealRow(Deal deal, Revision revision, String buyerName, String counterpartyName, long headlineMinor) {

    public static DealRow of(DealView view) {
        OptionalLong total = HeadlineTotal.minorUnits(view.revision());
        return new DealRow(view.deal(), view.revision(), view.buyerName(), view.counterpartyName(),
                total.isPresent() ? total.getAsLong() : -1);
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
