package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.TotalTooLargeException;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CellIndexTest {

    @Test
    void aSummaryIsTheCountAndTheFirstDealsOfTheCellForPlainAndCumulativeCharts() {
        for (boolean cumulative : new boolean[] {false, true}) {
            CellIndex cells = randomIndex(cumulative, new Random(7));
            for (int s = 0; s < 3; s++) {
                for (int p = 0; p < 12; p++) {
                    var deals = cells.deals(s, p);
                    var summary = cells.summary(s, p);
                    assertThat(summary.count()).as("cumulative %s, cell %d/%d", cumulative, s, p).isEqualTo(deals.size());
                    assertThat(summary.largest()).as("cumulative %s, cell %d/%d", cumulative, s, p)
                            .isEqualTo(deals.subList(0, Math.min(CellIndex.SUMMARY_SIZE, deals.size())));
                }
            }
        }
    }

    @Test
    void aLazyIndexIsMadeOnceWhenFirstAskedAndAnswersAsTheIndexItIsMadeFrom() {
        for (boolean cumulative : new boolean[] {false, true}) {
            CellIndex made = randomIndex(cumulative, new Random(11));
            java.util.concurrent.atomic.AtomicInteger makings = new java.util.concurrent.atomic.AtomicInteger();
            CellIndex lazy = CellIndex.lazy(cumulative, () -> {
                makings.incrementAndGet();
                return made;
            });

            assertThat(lazy.isCumulative()).isEqualTo(cumulative);
            assertThat(makings).as("nothing made before a cell is asked about").hasValue(0);
            for (int s = -1; s <= 3; s++) {
                for (int p = -1; p <= 12; p++) {
                    assertThat(lazy.deals(s, p)).as("cell %d/%d", s, p).isEqualTo(made.deals(s, p));
                    assertThat(lazy.summary(s, p)).as("cell %d/%d", s, p).isEqualTo(made.summary(s, p));
                }
            }
            assertThat(makings).as("made once").hasValue(1);
        }
    }

    @Test
    void aCumulativeCellHoldsEveryDealSoFarWithItsRunningTotalLargestFirst() {
        CellIndex.Builder builder = new CellIndex.Builder(1, 3, true);
        builder.add(0, 0, "a", "A", 5);
        builder.add(0, 0, "b", "B", 7);
        builder.add(0, 1, "a", "A", 4);
        builder.add(0, 2, "c", "C", 9);

        CellIndex cells = builder.build();

        assertThat(cells.deals(0, 1)).containsExactly(new CellIndex.CellDeal("a", "A", 9), new CellIndex.CellDeal("b", "B", 7));
        assertThat(cells.deals(0, 2)).extracting(CellIndex.CellDeal::dealId).containsExactly("a", "c", "b");
        assertThat(cells.summary(0, 2).count()).isEqualTo(3);
    }

    /** Equal amounts on purpose (few distinct values), so that ties must be broken the same way. */
    private static CellIndex randomIndex(boolean cumulative, Random random) {
        CellIndex.Builder builder = new CellIndex.Builder(3, 12, cumulative);
        for (int s = 0; s < 3; s++) {
            for (int d = 0; d < 40; d++) {
                int start = random.nextInt(12);
                int length = 1 + random.nextInt(6);
                for (int p = start; p < Math.min(12, start + length); p++) {
                    builder.add(s, p, "d" + s + "-" + d, "Deal " + d, 1 + random.nextInt(4));
                }
            }
        }
        return builder.build();
    }

    @Test
    void aRunningTotalBeyondALongIsRefusedNotWrapped() {
        // Two periods of 6 × 10^18 cents for the same deal: each cell fits, their running total does not.
        CellIndex.Builder builder = new CellIndex.Builder(1, 2, true);
        builder.add(0, 0, "giant", "Giant", 6_000_000_000_000_000_000L);
        builder.add(0, 1, "giant", "Giant", 6_000_000_000_000_000_000L);

        assertThatThrownBy(builder::build).isInstanceOf(TotalTooLargeException.class);
    }

    @Test
    void runningTotalsUpToTheLimitAreExact() {
        CellIndex.Builder builder = new CellIndex.Builder(1, 2, true);
        builder.add(0, 0, "giant", "Giant", Long.MAX_VALUE - 1);
        builder.add(0, 1, "giant", "Giant", 1);

        CellIndex index = builder.build();

        assertThat(index.deals(0, 1)).extracting(CellIndex.CellDeal::amount).containsExactly(Long.MAX_VALUE);
        assertThat(index.summary(0, 1).largest()).extracting(CellIndex.CellDeal::amount).containsExactly(Long.MAX_VALUE);
    }
}
