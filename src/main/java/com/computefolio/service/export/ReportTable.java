package com.computefolio.service.export;

import java.util.List;

/**
 * A table section of the report after the deals table (the unsourced figures, the deals summarised
 * by counterparty): a heading, an introduction that says what the table holds and what it leaves
 * out, and rows of text already formatted. Laid out over as many pages as it needs.
 *
 * @param widths  each column's share of the content width
 * @param numeric which columns are numbers (right-aligned)
 */
record ReportTable(String title, String intro, List<String> header, float[] widths, boolean[] numeric, List<List<String>> rows) {
}
