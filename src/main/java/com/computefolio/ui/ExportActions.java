package com.computefolio.ui;

/**
 * What the File > Export menu does ({@link FullExportActions}, wired in {@link DesktopApp}). Each
 * action asks for its own file and runs in the background through the export service.
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
