package com.computefolio.service.export;

import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.SummaryRow;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Everything a report shows, computed before the PDF is laid out.
 *
 * @param facts         title-page lines: filters, as-of date, generation date
 * @param glance        title-page table: per counterparty, deals, commitments and capacity, largest first
 * @param sourceNumbers per deal row, the appendix numbers of its sources ("[3, 7]")
 * @param netting       title-page paragraphs saying what overlap netting took off each umbrella, then the
 *                      gross sum for comparison; empty when nothing was netted
 * @param comparison    the register's totals beside the published ones, or null when the register states none
 * @param placements    the deals the charts place at times no source states, one sentence each (empty: none)
 * @param dealsTitle    the deals table's heading ("Deals", or at scale how many of how many it lists)
 * @param tables        sections after the deals table (unsourced figures, deals summarised), in order
 */
record ReportContent(String portfolio, List<String> facts, String summary, List<SummaryRow> glance, String note,
                     List<ChartModel> models,
                     List<JFreeChart> charts, List<DealRow> deals, List<String> sourceNumbers,
                     List<ReportPainter.SourceEntry> sources, List<String> netting, PublishedComparison.Page comparison,
                     List<String> placements, String dealsTitle, List<ReportTable> tables) {
}
