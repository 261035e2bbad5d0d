package com.computefolio.service.chart;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Measure;
import java.time.LocalDate;

/**
 * What one type of chart does differently from the others: what it adds up, whether it runs a
 * total, how its model is built and titled, how it is drawn and what its files are called. One
 * implementation per {@link ChartType} ({@link ChartType#kind()}), so that a question about a chart
 * type is answered in one place rather than by a branch on the type wherever it is asked.
 *
 * <p>Sealed, and {@link #title} and {@link #build} take this package's own helpers: other packages
 * ask a kind about a chart but only the model package builds one.
 */
public sealed interface ChartKind permits CommitmentsChart, CumulativeChart, CapacityChart, TimelineChart {

    /** What the chart adds up; null for the timeline, which adds nothing up. */
    Measure measure();

    /** Whether the chart shows running totals, given what the request asked (only capacity lets the user choose). */
    boolean cumulative(boolean asked);

    /** The running-total setting of a request that does not say. */
    boolean cumulativeByDefault();

    /** How the model is drawn; the rendering package picks its plot by this. */
    ChartDrawing drawing(ChartRequest request);

    /** The chart's title, in words from the bundle. */
    String title(ChartTitles titles, ChartRequest request, DealFilter filter);

    /** The model of a request, built by the builder that suits the kind. */
    ChartModel build(ChartBuilders builders, Portfolio portfolio, ChartRequest request, SourceIndex sharedIndex, LocalDate generated);

    /** The name an exported file suggests, before its extension ("commitments-by-kind-year"). */
    String fileName(ChartRequest request);
}
