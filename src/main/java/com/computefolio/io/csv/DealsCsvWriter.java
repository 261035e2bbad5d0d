package com.computefolio.io.csv;

import static com.computefolio.io.csv.DealsCsvColumns.ALL;
import static com.computefolio.io.csv.DealsCsvColumns.TEXT;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.io.AtomicFiles;
import com.computefolio.io.DecimalFields;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Writes deals.csv (docs/format.md): one row per deal with the revision in force on the as-of date
 * (the latest when none is given), its headline figure and that figure's first source. Deals not
 * yet known on the as-of date are left out. Text cells are guarded against spreadsheet formulas. The header is in
 * the chosen language ({@link DealsCsvHeaders}), the data as the format writes it in every language.
 */
public final class DealsCsvWriter {

    private final CsvRowWriter rows = new CsvRowWriter();
    private final String[] header;

    /** Headed with the format's own column names (docs/format.md). */
    public DealsCsvWriter() {
        this.header = ALL.toArray(String[]::new);
    }

    /** Headed in the language of {@code words}, the export bundle of the chosen language. */
    public DealsCsvWriter(ResourceBundle words) {
        this.header = DealsCsvHeaders.in(words);
    }

    public void write(List<Deal> deals, LocalDate asOf, OutputStream out) throws IOException {
        List<String[]> table = new ArrayList<>();
        table.add(header.clone());
        for (Deal deal : deals) {
            Optional<Revision> revision = deal.asOf(asOf);
            revision.ifPresent(r -> table.add(row(deal, r)));
        }
        rows.write(table, out);
    }

    /** Writes atomically: readers of {@code file} see the old content or the complete new one. */
    public void write(List<Deal> deals, LocalDate asOf, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(deals, asOf, out));
    }

    private static String[] row(Deal deal, Revision revision) {
        Figure value = revision.value();
        Source source = !value.sources().isEmpty() ? value.sources().get(0)
                : revision.sources().isEmpty() ? null : revision.sources().get(0);
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(DealsCsvColumns.ID, deal.id());
        cells.put(DealsCsvColumns.TITLE, deal.title());
        cells.put(DealsCsvColumns.BUYER, deal.buyerId());
        cells.put(DealsCsvColumns.COUNTERPARTY, deal.counterpartyId());
        cells.put(DealsCsvColumns.KIND, deal.kind().name());
        cells.put(DealsCsvColumns.DIRECTION, deal.direction().name());
        cells.put(DealsCsvColumns.ANNOUNCED, deal.announced().toString());
        cells.put(DealsCsvColumns.STATUS, revision.status().name());
        cells.put(DealsCsvColumns.BASIS, value.basis().name());
        cells.put(DealsCsvColumns.AMOUNT, value.amount() == null ? null : DecimalFields.format(value.amount()));
        cells.put(DealsCsvColumns.CURRENCY, value.amount() == null ? null : value.amount().currency());
        cells.put(DealsCsvColumns.CONFIDENCE, value.confidence().name());
        cells.put(DealsCsvColumns.TERM_START, revision.term() == null ? null : revision.term().start().toString());
        cells.put(DealsCsvColumns.TERM_MONTHS, revision.term() == null ? null : Integer.toString(revision.term().months()));
        cells.put(DealsCsvColumns.CAPACITY_GW, revision.capacity() == null ? null : DecimalFields.format(revision.capacity()));
        cells.put(DealsCsvColumns.HARDWARE, revision.hardware());
        cells.put(DealsCsvColumns.SOURCE_PUBLISHER, source == null ? null : source.publisher());
        cells.put(DealsCsvColumns.SOURCE_TITLE, source == null ? null : source.title());
        cells.put(DealsCsvColumns.SOURCE_URL, source == null ? null : source.url());
        cells.put(DealsCsvColumns.SOURCE_PUBLISHED, source == null || source.published() == null ? null : source.published().toString());
        cells.put(DealsCsvColumns.SOURCE_QUOTE, source == null ? null : source.quote());
        cells.put(DealsCsvColumns.TAGS, deal.tags().isEmpty() ? null : String.join(DealsCsvColumns.TAG_SEPARATOR, deal.tags()));
        cells.put(DealsCsvColumns.NOTES, deal.notes());
        cells.put(DealsCsvColumns.VALUE_UNSOURCED, value.unsourced() ? DealsCsvColumns.TRUE : null);
        return ALL.stream().map(c -> cell(c, cells.get(c))).toArray(String[]::new);
    }

    private static String cell(String column, String value) {
        if (value == null) {
            return "";
        }
        return TEXT.contains(column) ? CsvFormulaGuard.neutralise(value) : value;
    }
}
