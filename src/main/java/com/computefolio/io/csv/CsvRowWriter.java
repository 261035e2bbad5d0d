package com.computefolio.io.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes rows of text cells as CSV the way spreadsheets open it best: UTF-8 with a byte-order mark
 * (without one, Excel reads UTF-8 as the local code page and garbles Arabic, Chinese and emoji),
 * comma separated, CRLF line ends (RFC 4180), quotes only where needed. Cells are written as given;
 * callers neutralise formula-like text cells with {@link CsvFormulaGuard} first.
 */
public final class CsvRowWriter {

    /** U+FEFF, written first; the readers skip it. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ObjectWriter writer = new CsvMapper().writerFor(String[].class)
            .with(CsvSchema.emptySchema().withLineSeparator("\r\n"))
            .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(List<String[]> rows, OutputStream out) throws IOException {
        write(rows, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The same bytes as text: for output that is already a character stream, such as the command line's. */
    public void write(List<String[]> rows, Writer text) throws IOException {
        text.write(BYTE_ORDER_MARK);
        try (SequenceWriter sequence = writer.writeValues(text)) {
            for (String[] row : rows) {
                sequence.write(row);
            }
        }
        text.flush();
    }
}
