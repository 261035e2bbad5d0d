package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import java.time.LocalDate;

/**
 * What one type of chart does differently from the others (beyond what it adds up and whether it
 * runs a total, which {@link ChartType} says): how its model is built and titled, how it is drawn and what its files are called. One
 * implementation per {@link ChartType} ({@link ChartKinds#of}), so that a question about a chart
 * type is answered in one place rather than by a branch on the type wherever it is asked.
 *
 * <p>{@link #title} and {@link #build} take this package's own helpers: other packages ask a kind
 * about a chart but only the model package implements and builds one.
 */
public interface ChartKind {

    /** How the model is drawn; the rendering package picks its plot by this. */
    ChartDrawing drawing(ChartRequest request);

    /** The chart's title, in words from the bundle. */
    String title(ChartTitles titles, ChartRequest request, DealFilter filter);

    /** The model of a request, built by the builder that suits the kind. */
    ChartModel build(ChartBuilders builders, Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex, LocalDate generated);

    /** The name an exported file suggests, before its extension ("commitments-by-kind-year"). */
    String fileName(ChartRequest request);
}
