package com.computefolio.service;

import com.computefolio.domain.Deal;
import java.util.Locale;

/**
 * Which series a deal belongs to under a {@link GroupBy}, and how that series is labelled. Keys are
 * stable (party ids, enum names, years); labels are for display (party names, "Letter of intent").
 */
final class SeriesGrouping {

    static final String ALL_KEY = "all";
    static final String ALL_LABEL = "All deals";

    private final GroupBy groupBy;

    SeriesGrouping(GroupBy groupBy) {
        this.groupBy = groupBy;
    }

    String key(DealView view) {
        Deal deal = view.deal();
        return switch (groupBy) {
            case COUNTERPARTY -> deal.counterpartyId();
            case BUYER -> deal.buyerId();
            case KIND -> deal.kind().name();
            case STATUS -> view.revision().status().name();
            case CONFIDENCE -> view.revision().value().confidence().name();
            case YEAR -> Integer.toString(deal.announced().getYear());
            case NONE -> ALL_KEY;
        };
    }

    String label(DealView view) {
        return switch (groupBy) {
            case COUNTERPARTY -> view.counterpartyName();
            case BUYER -> view.buyerName();
            case KIND, STATUS, CONFIDENCE -> readable(key(view));
            case YEAR -> key(view);
            case NONE -> ALL_LABEL;
        };
    }

    /** "LETTER_OF_INTENT" becomes "Letter of intent". */
    static String readable(String enumName) {
        String words = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
