package com.computefolio.ui;

/**
 * What the File > Export menu does. The window ships JSON and CSV (through the portfolio service);
 * the export engineer's implementation adds chart, report and XLSX and is wired in
 * {@link DesktopApp}. Each action asks for its own file and runs in the background.
 */
public interface ExportActions {

    /** Which export a menu item stands for. */
    enum Kind { CHART, REPORT, DEALS_CSV, DEALS_XLSX, JSON }

    void exportChart();

    void exportReport();

    void exportDealsCsv();

    void exportDealsXlsx();

    void exportJson();

    /** Whether this implementation can do the export; the menu disables the others. */
    boolean supports(Kind kind);
}
