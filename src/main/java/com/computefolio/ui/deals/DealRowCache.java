package com.computefolio.ui.deals;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealSelection;
import com.computefolio.service.LocalNames;
import com.computefolio.service.NettingLine;
import com.computefolio.service.RowMemo;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table's row for each deal of a selection, made once per deal and revision: the service's
 * {@link RowMemo} keeps them by the deal's place in the register, so a keystroke at 100,000 deals
 * looks its rows up by index instead of making 100,000 new ones (and working out each headline total
 * again) or hashing every view. A new register (a load or an edit brings a new list of deals) starts
 * the rows afresh, and so does a new language. Safe for use from several threads.
 */
final class DealRowCache {

    private RowMemo<DealRow> rows = new RowMemo<>();
    private Locale language = Locale.ROOT;

    /** The rows of {@code selection} (a selection of {@code portfolio}), in its order. */
    List<DealRow> rowsOf(Portfolio portfolio, DealSelection selection) {
        return rowsOf(portfolio, selection, Map.of(), Locale.ROOT);
    }

    /**
     * As {@link #rowsOf(Portfolio, DealSelection)}: the umbrella deals among them with what was netted, by
     * umbrella id, and the parties' names and titles in the window's language (ADR 34).
     */
    synchronized List<DealRow> rowsOf(Portfolio portfolio, DealSelection selection, Map<String, NettingLine> netting,
                                      Locale locale) {
        if (!locale.equals(language)) {
            rows = new RowMemo<>();
            language = locale;
        }
        LocalNames names = LocalNames.of(portfolio, locale);
        return rows.rowsOf(selection, v -> DealRow.of(names.view(v), netting.get(v.deal().id())));
    }
}
