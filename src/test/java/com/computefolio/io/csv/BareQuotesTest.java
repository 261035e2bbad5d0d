package com.computefolio.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quotes belong only in quoted cells (RFC 4180); one anywhere else stops the reading where it stands. */
class BareQuotesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'a,19\" racks,c'         | 1 | 5",
            "'a,b\"'                  | 1 | 4",
            "'a, \"b\"'               | 1 | 4",
            "'x\r\na,said \"soon\"'   | 2 | 8",
            "'\"multi\r\nline\",a\"b' | 2 | 8",
            "'\"ok\"\"quoted\",x\"'   | 1 | 15",
    })
    void findsAQuoteInACellThatDoesNotStartWithOne(String text, int line, int column) {
        BareQuotes.Found found = BareQuotes.first(text);

        assertThat(found).isNotNull();
        assertThat(found.line()).isEqualTo(line);
        assertThat(found.column()).isEqualTo(column);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b,c", "\"a,b\",c", "\"say \"\"hi\"\"\",x", "\"line\r\nbreak\",y\r\nz,w", "", ",,", "\"\""})
    void leavesWellQuotedCellsAlone(String text) {
        assertThat(BareQuotes.first(text)).isNull();
    }

    @Test
    void theRowsBeforeTheBareQuoteAreKeptAndTheRestIsNot() {
        CsvTable table = CsvTable.parse("id,title\r\nfirst,ok\r\nsecond,5\" screen\r\nthird,fine\r\n");

        assertThat(table.rows()).extracting(row -> row.get(0).text()).containsExactly("id", "first");
        assertThat(table.syntaxProblem().line()).isEqualTo(3);
        assertThat(table.syntaxProblem().column()).isEqualTo(9);
        assertThat(table.syntaxProblem().message()).contains("a double quote inside a cell that is not enclosed in double quotes");
    }

    @Test
    void anEarlierParserProblemIsReportedInstead() {
        CsvTable table = CsvTable.parse("id,title\r\n\"a\"b,x\r\nc,d\"e\r\n");

        assertThat(table.syntaxProblem().message()).doesNotContain("inside a cell that is not enclosed");
        assertThat(table.syntaxProblem().line()).isEqualTo(2);
    }
}
