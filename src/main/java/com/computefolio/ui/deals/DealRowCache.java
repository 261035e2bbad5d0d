package com.computefolio.ui.deals;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealView;
import com.computefolio.service.LocalNames;
import com.computefolio.service.NettingLine;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table's row for each deal view of one register, made once: the service hands out the same
 * {@link DealView} object for a deal and revision on every keystroke, so a keystroke at 100,000
 * deals looks its rows up instead of making 100,000 new ones (and working out each headline total
 * again). Keyed by identity, since a view's equality would compare whole deals. A new register
 * (a load or an edit brings a new list of deals) starts the cache afresh, and so does a cache
 * grown past a few views per deal (views made anew for every request would otherwise pile up): a
 * miss only costs the row being made again. Safe for use from several threads; a newer keystroke's
 * worker waits for an older one to finish its lookups.
 */
final class DealRowCache {
    /** Views kept per deal of the register before the cache starts afresh; most deals have one to three revisions. */
    private static final int VIEWS_PER_DEAL = 4;

    private final Map<DealView, DealRow> rows = new IdentityHashMap<>();
    private List<Deal> register;
    private Locale language = Locale.ROOT;

    /** The rows of {@code views} (the selection of {@code portfolio}), in their order. */
    synchronized List<DealRow> rowsOf(Portfolio portfolio, List<DealView> views) {
        return rowsOf(portfolio, views, Map.of(), Locale.ROOT);
    }

    /** As {@link #rowsOf(Portfolio, List)}, the umbrella deals among the views with what was netted, by umbrella id. */
    synchronized List<DealRow> rowsOf(Portfolio portfolio, List<DealView> views, Map<String, NettingLine> netting) {
        return rowsOf(portfolio, views, netting, Locale.ROOT);
    }

    /**
     * As {@link #rowsOf(Portfolio, List, Map)}, the parties' names and titles in the window's language (ADR 34).
     * A new language is a new register to this cache: its rows start afresh.
     */
    synchronized List<DealRow> rowsOf(Portfolio portfolio, List<DealView> views, Map<String, NettingLine> netting, Locale locale) {
        if (!locale.equals(language)) {
            rows.clear();
            language = locale;
        }
        LocalNames names = LocalNames.of(portfolio, locale);
        if (portfolio.deals() != register || rows.size() + views.size() > VIEWS_PER_DEAL * (portfolio.deals().size() + 16)) {
            rows.clear();
            register = portfolio.deals();
        }
        DealRow[] out = new DealRow[views.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.computeIfAbsent(views.get(i), v -> DealRow.of(names.view(v), netting.get(v.deal().id())));
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }
}
