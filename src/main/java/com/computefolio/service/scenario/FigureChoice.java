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
        Optional<Figure> best = largest(revision, candidates.stream()
                .filter(f -> optionsCount || !OptionMarks.isOption(f))
                .filter(f -> tier.admitsFigure(f, revision.status())).toList());
        if (best.isEmpty() && tier.admitsEstimates()) {
            best = largest(revision, candidates.stream()
                    .filter(f -> f.isDisclosed() && FigureTier.isEstimate(f))
                    .filter(f -> optionsCount || !OptionMarks.isOption(f)).toList());
        }
        return best;
    }

    private static Optional<Figure> largest(Revision revision, List<Figure> figures) {
        Figure best = null;
        long bestTotal = Long.MIN_VALUE;
        for (Figure f : figures) {
            long total = HeadlineTotal.minorUnits(revision.withValue(f)).orElse(0);
            if (best == null || total > bestTotal) {
                best = f;
                bestTotal = total;
            }
        }
        return Optional.ofNullable(best);
    }
}
