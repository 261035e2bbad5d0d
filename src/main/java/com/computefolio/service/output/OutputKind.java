package com.computefolio.service.output;

/** What an output file holds, so that a refusal can say what was not written. */
public enum OutputKind {
    CHART, CHART_DATA, DEALS_CSV, DEALS_XLSX, PORTFOLIO_JSON, REPORT, REPORT_PACK, BACKUP,
    /** A new database file: the window's File > New and File > Save As. */
    DATABASE
}
