package com.computefolio.cli;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Figure;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Term;
import java.util.OptionalLong;

/** Short texts for a deal's changing terms, shared by {@code list} and {@code show}. */
final class DealText {

    private DealText() {
    }

    /** The money the revision stands for over its whole term ("$38.00B"), or "undisclosed". */
    static String totalValue(Revision revision, CliMessages messages) {
        OptionalLong total = HeadlineTotal.minorUnits(revision);
        return total.isPresent()
                ? Amounts.readable(messages, total.getAsLong(), HeadlineTotal.currency(revision))
                : messages.get("deal.undisclosed");
    }

    /** A figure as stated: "$38.00B", with its range when an estimate has one. */
    static String figureAmount(Figure figure, CliMessages messages) {
        if (!figure.isDisclosed()) {
            return messages.get("deal.undisclosed");
        }
        String text = Amounts.readable(messages, figure.amount().minorUnits(), figure.amount().currency());
        if (figure.low() != null && figure.high() != null) {
            text += " (" + messages.get("deal.range", Amounts.readable(messages, figure.low().minorUnits(), figure.low().currency()),
                    Amounts.readable(messages, figure.high().minorUnits(), figure.high().currency())) + ")";
        }
        return text;
    }

    /** "2025-11..2032-10", with a star when the placement is assumed (an inferred or open-ended term); empty when unknown. */
    static String term(Term term) {
        if (term == null) {
            return "";
        }
        return term.start() + ".." + term.end() + (term.placementAssumed() ? "*" : "");
    }

    static String capacity(Capacity capacity, CliMessages messages) {
        return capacity == null ? "" : Amounts.readableGigawatts(messages, capacity.kilowatts());
    }
}
