package com.computefolio.service.scenario;

import com.computefolio.domain.Figure;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.Revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figure a tier counts for one revision. Among the figures it admits (the registered value
 * first, then the other figures in their order) it takes the one that puts the most money on the
 * timeline, ties to the earlier: admitting more figures can then never lower a total, which is the
 * promise firm &le; reported &le; ceilings rests on. An estimate counts only in the estimates tier
 * and only where no other figure is admitted.
 *
 * <p>Firm and reported count no more than the registered value, where it is disclosed: a larger
 * figure beside it measures something else (a whole round with co-investors, several contracts
 * together), and a firm view that counts more than the register does cannot be defended. So in
 * those tiers an other figure larger than the registered total is not admitted. Both tiers lose the
 * same figures, so firm &le; reported still holds, and both stay below the wider tiers, which admit
 * everything they do.
 */
final class FigureChoice {

    private FigureChoice() {
    }

    /** The counted figure, or empty when the tier admits none (the deal then stays, without money). */
    static Optional<Figure> choose(FigureTier tier, Revision revision, boolean optionsCount) {
        if (tier == FigureTier.AS_REGISTERED) {
            return Optional.of(revision.value());
        }
        List<Figure> candidates = new ArrayList<>(1 + revision.otherFigures().size());
        candidates.add(revision.value());
        candidates.addAll(revision.otherFigures());
        long cap = cap(tier, revision);
        Optional<Figure> best = largest(revision, candidates.stream()
                .filter(f -> optionsCount || !OptionMarks.isOption(f))
                .filter(f -> tier.admitsFigure(f, revision.status()))
                .filter(f -> total(revision, f) <= cap).toList());
        if (best.isEmpty() && tier.admitsEstimates()) {
            best = largest(revision, candidates.stream()
                    .filter(f -> f.isDisclosed() && FigureTier.isEstimate(f))
                    .filter(f -> optionsCount || !OptionMarks.isOption(f)).toList());
        }
        return best;
    }

    /** The most a figure may put on the timeline: the registered total in firm and reported (when disclosed), else no limit. */
    private static long cap(FigureTier tier, Revision revision) {
        if ((tier == FigureTier.FIRM || tier == FigureTier.REPORTED) && revision.value().isDisclosed()) {
            return HeadlineTotal.minorUnits(revision).orElse(Long.MAX_VALUE);
        }
        return Long.MAX_VALUE;
    }

    private static long total(Revision revision, Figure figure) {
        return HeadlineTotal.minorUnits(revision.withValue(figure)).orElse(0);
    }

    private static Optional<Figure> largest(Revision revision, List<Figure> figures) {
        Figure best = null;
        long bestTotal = Long.MIN_VALUE;
        for (Figure f : figures) {
            long total = total(revision, f);
            if (best == null || total > bestTotal) {
                best = f;
                bestTotal = total;
            }
        }
        return Optional.ofNullable(best);
    }
}
