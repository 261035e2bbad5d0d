package com.computefolio.service.chart;

/**
 * A deal whose money or capacity a chart places at times no source states, and how: "CoreWeave
 * (third contract): spread evenly from September 2025 to an assumed end in February 2030".
 *
 * @param text the whole sentence, title first, as footnotes and reports print it
 */
public record AssumedPlacement(String dealId, String title, String text) {
}
