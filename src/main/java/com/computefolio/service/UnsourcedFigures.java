package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Revision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the figures saved without a source (ADR 21) in the revisions the given deals have on the
 * as-of date, in the deals' order and, within a deal, value, other figures, options, capacity. The
 * one road every list of unsourced figures takes, so the report and the exports name the same ones.
 */
public final class UnsourcedFigures {

    private UnsourcedFigures() {
    }

    /** The unsourced figures of each deal as registered on {@code asOf} (the latest when null). */
    public static List<UnsourcedFigure> of(List<Deal> deals, LocalDate asOf) {
        List<UnsourcedFigure> found = new ArrayList<>();
        for (Deal deal : deals) {
            Optional<Revision> revision = deal.asOf(asOf);
            revision.ifPresent(r -> collect(deal, r, found));
        }
        return found;
    }

    private static void collect(Deal deal, Revision r, List<UnsourcedFigure> found) {
        if (r.value().unsourced()) {
            found.add(figure(deal, r, UnsourcedFigure.Field.VALUE, null, r.value()));
        }
        for (Figure other : r.otherFigures()) {
            if (other.unsourced()) {
                found.add(figure(deal, r, UnsourcedFigure.Field.OTHER_FIGURE, other.label(), other));
            }
        }
        for (DealOption option : r.options()) {
            if (option.value() != null && option.value().unsourced()) {
                String label = option.label() != null ? option.label() : option.kind().name();
                found.add(figure(deal, r, UnsourcedFigure.Field.OPTION_VALUE, label, option.value()));
            }
        }
        if (r.capacityClaim() != null && r.capacityClaim().unsourced()) {
            found.add(new UnsourcedFigure(deal.id(), deal.title(), UnsourcedFigure.Field.CAPACITY, r.capacityClaim().label(),
                    null, r.capacity(), r.knownFrom()));
        }
    }

    private static UnsourcedFigure figure(Deal deal, Revision r, UnsourcedFigure.Field field, String label, Figure figure) {
        return new UnsourcedFigure(deal.id(), deal.title(), field, label, figure.amount(), null, r.knownFrom());
    }
}
