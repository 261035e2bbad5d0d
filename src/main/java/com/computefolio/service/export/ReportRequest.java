package com.computefolio.service.export;

import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.OverlayNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a report holds and where it goes.
 *
 * @param filter the deals of the report (its as-of date is the report's); every chart uses it
 * @param charts the charts, in order; their own filters are replaced by {@code filter}
 * @param pack   a folder for the pack (SVG, PNG at 2x and CSV per chart), or null for none
 */
public record ReportRequest(DealFilter filter, List<ChartRequest> charts, Path out, Path pack) {

    public ReportRequest {
        filter = filter == null ? DealFilter.ALL : filter;
        Objects.requireNonNull(out, "out");
        DealFilter shared = filter;
        charts = List.copyOf(charts).stream().map(c -> c.withFilter(shared)).toList();
    }

    /** The same report with these context series drawn over its commitments charts (see OverlayNames). */
    public ReportRequest withOverlays(List<String> names) {
        return new ReportRequest(filter, charts.stream()
                .map(c -> OverlayNames.drawsOverlays(c.type()) ? c.withOverlays(names) : c).toList(), out, pack);
    }

    /**
     * The standard report: commitments per year, cumulative and capacity per quarter by counterparty,
     * the timeline, and money both ways (the flows chart, whose footnote names the circular pairs).
     */
    public static ReportRequest standard(DealFilter filter, Path out, Path pack) {
        return new ReportRequest(filter, standardCharts(), out, pack);
    }

    public static List<ChartRequest> standardCharts() {
        return List.of(
                ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, null),
                ChartRequest.of(ChartType.CUMULATIVE, GroupBy.COUNTERPARTY, Granularity.QUARTER, null),
                ChartRequest.of(ChartType.CAPACITY, GroupBy.COUNTERPARTY, Granularity.QUARTER, null),
                ChartRequest.of(ChartType.TIMELINE, GroupBy.KIND, Granularity.YEAR, null),
                ChartRequest.of(ChartType.FLOWS, GroupBy.COUNTERPARTY, Granularity.YEAR, null));
    }
}
