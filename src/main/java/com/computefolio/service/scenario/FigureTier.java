package com.computefolio.service.scenario;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.ValueBasis;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which figures a scenario admits, from the narrowest to the widest; each tier admits everything
 * the one before it does (docs/scenarios.md), which is what keeps firm &le; reported &le; ceilings.
 * {@link #AS_REGISTERED} is apart: it takes each revision's registered value as it is, which is what
 * every total showed before scenarios existed.
 */
public enum FigureTier {
    AS_REGISTERED, FIRM, REPORTED, CEILINGS, OPTIONS, ESTIMATES;

    /** Statuses of a signed agreement: a reported figure of such a deal counts as firm. */
    private static final Set<DealStatus> DEFINITIVE =
            EnumSet.of(DealStatus.DEFINITIVE, DealStatus.ACTIVE, DealStatus.AMENDED, DealStatus.COMPLETED);

    /** Whether a deal whose revision in force has this status counts at all. */
    public boolean admitsStatus(DealStatus status) {
        return switch (this) {
            case AS_REGISTERED -> true;
            case FIRM -> status != DealStatus.RUMOURED && status != DealStatus.LETTER_OF_INTENT && status != DealStatus.PAUSED;
            case REPORTED -> status != DealStatus.LETTER_OF_INTENT && status != DealStatus.PAUSED;
            case CEILINGS, OPTIONS, ESTIMATES -> true;
        };
    }

    /** Whether options and extensions (deals or figures marked so, see {@link OptionMarks}) count. */
    public boolean admitsOptions() {
        return this == AS_REGISTERED || this == OPTIONS || this == ESTIMATES;
    }

    /**
     * Whether a disclosed figure that is not an estimate counts for a deal in {@code status}.
     * Estimates are admitted apart, only where nothing else is ({@link #admitsEstimates}).
     */
    public boolean admitsFigure(Figure figure, DealStatus status) {
        if (!figure.isDisclosed() || isEstimate(figure)) {
            return false;
        }
        boolean ceiling = figure.basis() == ValueBasis.UP_TO;
        return switch (this) {
            case AS_REGISTERED -> true;
            // A figure whose source is not yet found is never firm (ADR 21).
            case FIRM -> !ceiling && !figure.unsourced()
                    && (figure.confidence() == Confidence.OFFICIAL || DEFINITIVE.contains(status));
            case REPORTED -> !ceiling;
            case CEILINGS, OPTIONS, ESTIMATES -> true;
        };
    }

    /** Whether an analyst's estimate stands in for a value no admitted figure gives. */
    public boolean admitsEstimates() {
        return this == ESTIMATES;
    }

    static boolean isEstimate(Figure figure) {
        return figure.basis() == ValueBasis.ANALYST_ESTIMATE || figure.confidence() == Confidence.ESTIMATE;
    }
}
