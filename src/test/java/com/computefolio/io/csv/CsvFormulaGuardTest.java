package com.computefolio.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFormulaGuardTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+1 555 0100|'+1 555 0100",
            "-5|'-5",
            "@SUM(A1)|'@SUM(A1)",
            "'=already guarded|''=already guarded",
            "'90s deal|'90s deal",
            "Plain title|Plain title",
            "a = b|a = b"})
    void guardsCellsThatASpreadsheetWouldRunAsAFormula(String cell, String written) {
        assertThat(CsvFormulaGuard.neutralise(cell)).isEqualTo(written);
        assertThat(CsvFormulaGuard.restore(written)).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource(value = {"'\t tab first", "'\r carriage return first"}, quoteCharacter = '`')
    void tabAndCarriageReturnFirstAreGuardedToo(String written) {
        String cell = written.substring(1);

        assertThat(CsvFormulaGuard.neutralise(cell)).isEqualTo(written);
    }

    @Property
    void restoringWhatWasWrittenGivesBackTheCellExactly(
            @ForAll @StringLength(max = 8) @Chars({'\'', '=', '+', '-', '@', '\t', '\r', 'a', ' '}) String cell) {
        assertThat(CsvFormulaGuard.restore(CsvFormulaGuard.neutralise(cell))).isEqualTo(cell);
    }

    @Property
    void noWrittenCellStartsWithAFormulaCharacter(
            @ForAll @StringLength(max = 8) @CharRange(from = '\t', to = '~') String cell) {
        String written = CsvFormulaGuard.neutralise(cell);

        assertThat(written).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                .doesNotStartWith("\t").doesNotStartWith("\r");
    }
}
