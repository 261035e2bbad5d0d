package com.computefolio.io;

import com.computefolio.domain.Deal;
import java.util.Arrays;

/**
 * A deal read from a file, with where it came from: its position in the file (index in
 * {@code deals}, or data row for CSV) and, for each of its revisions in {@code knownFrom} order (the
 * order a {@link Deal} keeps them), the position the revision had in the file.
 */
public record MappedDeal(Deal deal, int position, int[] revisionPositions) {
    public MappedDeal {
        revisionPositions = revisionPositions.clone();
    }

    public int revisionPosition(int revisionIndex) {
        return revisionIndex < revisionPositions.length ? revisionPositions[revisionIndex] : revisionIndex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MappedDeal m && deal.equals(m.deal) && position == m.position
                && Arrays.equals(revisionPositions, m.revisionPositions);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * deal.hashCode() + position) + Arrays.hashCode(revisionPositions);
    }

    @Override
    public String toString() {
        return "MappedDeal[" + deal.id() + " at " + position + "]";
    }
}
