package com.computefolio.service.chart;

import com.computefolio.domain.Source;

/** A source with the number a chart's footnote and a report's appendix give it ("[3]"). */
public record SourceRef(int number, Source source) {
}
