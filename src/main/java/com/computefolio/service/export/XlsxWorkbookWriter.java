package com.computefolio.service.export;

import com.computefolio.service.chart.ChartText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables into an XLSX workbook: a bold header row, numbers as numeric cells, text as text.
 * Text that a spreadsheet would take for a formula once a user edits the cell (starting with
 * {@code = + - @}, tab or carriage return) is stored unchanged but quote-prefixed, Excel's own
 * marker for "this is text": the content stays exact and can never run. Streams rows (SXSSF), so
 * 100,000 deals do not need 100,000 rows of objects in memory.
 */
final class XlsxWorkbookWriter {

    private static final int MAX_CELL_CHARS = 32_767;

    private static final Pattern FORMULA_LIKE = Pattern.compile("^[=+\\-@\\t\\r]");
    private static final int MAX_SHEET_NAME = 31;
    private static final int ROWS_IN_MEMORY = 200;

    private final ChartText text;

    XlsxWorkbookWriter(ChartText text) {
        this.text = text;
    }

    void write(List<DealRow> deals, boolean withDeals, List<SeriesTable> tables, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            if (withDeals) {
                writeDeals(workbook.createSheet(uniqueName(text.get("data.sheet.deals"), names)), deals, styles);
            }
            for (SeriesTable table : tables) {
                writeTable(workbook.createSheet(uniqueName(table.name(), names)), table, styles);
            }
            workbook.write(out);
        } finally {
            // Since POI 5.4, close() also deletes the streaming workbook's temporary files.
            workbook.close();
        }
    }

    private void writeDeals(SXSSFSheet sheet, List<DealRow> deals, Styles styles) {
        List<String> header = List.of(text.get("data.column.id"), text.get("data.column.title"), text.get("data.column.buyer"),
                text.get("data.column.counterparty"), text.get("data.column.kind"), text.get("data.column.status"),
                text.get("data.column.direction"), text.get("data.column.announced"), text.get("data.column.basis"),
                text.get("data.column.currency"), text.get("data.column.valueBillions"), text.get("data.column.gw"),
                text.get("data.column.confidence"), text.get("data.column.termStart"), text.get("data.column.termMonths"),
                text.get("data.column.sources"), text.get("data.column.countedBillions"), text.get("data.column.valueUnsourced"));
        header(sheet, header, styles);
        int r = 1;
        for (DealRow d : deals) {
            Row row = sheet.createRow(r++);
            Object[] cells = {d.id(), d.title(), d.buyer(), d.counterparty(), d.kind(), d.status(), d.direction(), d.announced(),
                d.basis(), d.currency(), d.valueBillions(), d.gigawatts(), d.confidence(), d.termStart(),
                d.termMonths() == 0 ? null : BigDecimal.valueOf(d.termMonths()), d.sources(), d.countedBillions(),
                d.valueUnsourced() ? text.get("data.unsourced") : null};
            for (int c = 0; c < cells.length; c++) {
                cell(row, c, cells[c], styles);
            }
        }
        finish(sheet, header.size());
    }

    private void writeTable(SXSSFSheet sheet, SeriesTable table, Styles styles) {
        header(sheet, table.header(), styles);
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c), styles);
            }
        }
        finish(sheet, table.header().size());
    }

    private static void header(SXSSFSheet sheet, List<String> names, Styles styles) {
        sheet.trackAllColumnsForAutoSizing();
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            cell(row, c, names.get(c), styles).setCellStyle(isFormulaLike(names.get(c)) ? styles.quotedHeader : styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void finish(SXSSFSheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.autoSizeColumn(c);
        }
    }

    private static Cell cell(Row row, int column, Object value, Styles styles) {
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number);
        } else if (value != null) {
            String s = fitted(value.toString());
            cell.setCellValue(s);
            if (isFormulaLike(s)) {
                cell.setCellStyle(styles.quoted);
            }
        }
        return cell;
    }

    /**
     * A spreadsheet cell holds at most 32,767 characters, and POI refuses more with an exception
     * that failed the whole export; an old database can hold a longer title, so it is cut, marked "…".
     */
    private static String fitted(String s) {
        if (s.length() <= MAX_CELL_CHARS) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_CELL_CHARS - 2)) ? MAX_CELL_CHARS - 2 : MAX_CELL_CHARS - 1;
        return s.substring(0, end) + "\u2026";
    }

    static boolean isFormulaLike(String s) {
        return FORMULA_LIKE.matcher(s).find();
    }

    /** Sheet names are at most 31 characters, without : \ / ? * [ ], and unique in the workbook. */
    private static String uniqueName(String wanted, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(wanted);
        String name = safe.length() > MAX_SHEET_NAME ? safe.substring(0, MAX_SHEET_NAME) : safe;
        for (int i = 2; taken.contains(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase());
        return name;
    }

    /** The few cell styles a workbook needs, made once (Excel limits a workbook's styles). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle quotedHeader;
        final CellStyle number;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            quotedHeader = workbook.createCellStyle();
            quotedHeader.setFont(bold);
            quotedHeader.setQuotePrefixed(true);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00########"));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
