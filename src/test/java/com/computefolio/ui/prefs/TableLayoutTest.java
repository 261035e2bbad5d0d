package com.computefolio.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a saved view keeps of the deals table (its visible columns in order) and how it is put back. */
class TableLayoutTest {

    private final TableLayout layout = new TableLayout(List.of("title", "buyer", "counterparty", "value", "gw"),
            Map.of("title", 200.0, "value", 90.0), Set.of("buyer"), List.of(new TableLayout.SortKey("value", false)));

    @Test
    void theVisibleColumnsAreTheOrderLessTheHiddenOnes() {
        assertThat(layout.visibleColumns()).containsExactly("title", "counterparty", "value", "gw");
    }

    @Test
    void showingOnlySomeColumnsPutsThemFirstInTheirOrderAndHidesTheRestKeepingWidthsAndSort() {
        TableLayout shown = layout.showingOnly(List.of("value", "buyer"));

        assertThat(shown.visibleColumns()).containsExactly("value", "buyer");
        assertThat(shown.order()).containsExactly("value", "buyer", "title", "counterparty", "gw");
        assertThat(shown.hidden()).containsExactlyInAnyOrder("title", "counterparty", "gw");
        assertThat(shown.widths()).isEqualTo(layout.widths());
        assertThat(shown.sort()).isEqualTo(layout.sort());
    }

    @Test
    void noColumnsLeavesTheLayoutAsItIs() {
        assertThat(layout.showingOnly(List.of())).isEqualTo(layout);
    }
}
