package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.cli.TextTable.Align;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsTextLeftAndNumbersRightWithTheTotalBelowASecondRule() {
        TextTable table = new TextTable().column("Counterparty", Align.LEFT).column("Value", Align.RIGHT)
                .row(List.of("Amazon (AWS)", "$38.00B"))
                .row(List.of("Oracle", "$300.00B"))
                .total(List.of("Total", "$338.00B"));
        StringWriter text = new StringWriter();

        table.print(new PrintWriter(text));

        assertThat(text.toString().lines().toList()).containsExactly(
                "Counterparty     Value",
                "------------  --------",
                "Amazon (AWS)   $38.00B",
                "Oracle        $300.00B",
                "------------  --------",
                "Total         $338.00B");
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        TextTable table = new TextTable().column("A", Align.LEFT);

        assertThatThrownBy(() -> table.row(List.of("1", "2"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void columnsLineUpByDisplayWidthWhateverTheScript() {
        // "مُبلغ" has a damma (no width of its own); the CJK name takes two cells a character.
        TextTable table = new TextTable().column("Name", Align.LEFT).column("Value", Align.RIGHT)
                .row(List.of("مُبلغ عنه", "$1.00B"))
                .row(List.of("日本電信", "$2.00B"))
                .row(List.of("Oracle", "$3.00B"));
        StringWriter text = new StringWriter();

        table.print(new PrintWriter(text));

        assertThat(text.toString().lines().toList()).containsExactly(
                "Name       Value",
                "--------  ------",
                "مُبلغ عنه  $1.00B",
                "日本電信  $2.00B",
                "Oracle    $3.00B");
    }

    @Test
    void aRightToLeftTablePutsAMarkBeforeEachLineAndIsolatesEachCellBesideTheText() {
        TextTable table = new TextTable().ltrColumn("المعرّف").column("العنوان", Align.LEFT).column("القيمة", Align.RIGHT)
                .row(List.of("aws-cloud-2025", "سعة أمازون", "$38.00B"))
                .total(List.of("المجموع", "", "$38.00B"));
        StringWriter text = new StringWriter();

        table.print(terminal(text, true));

        assertThat(ArabicCommandLineTest.visible(text.toString()).lines().toList()).containsExactly(
                "<RLM><FSI>المعرّف<PDI>          <FSI>العنوان<PDI>      <FSI>القيمة<PDI>",
                "<RLM>--------------  ----------  -------",
                "<RLM><LRI>aws-cloud-2025<PDI>  <FSI>سعة أمازون<PDI>  <LRI>$38.00B<PDI>",
                "<RLM>--------------  ----------  -------",
                "<RLM><FSI>المجموع<PDI>                     <LRI>$38.00B<PDI>");
    }

    @Test
    void aLeftToRightTableIsolatesOnlyCellsWithRightToLeftLetters() {
        TextTable table = new TextTable().column("Title", Align.LEFT).column("Value", Align.RIGHT)
                .row(List.of("سعة أمازون", "$38.00B"))
                .row(List.of("Oracle", "$3.00B"));
        StringWriter text = new StringWriter();

        table.print(terminal(text, false));

        assertThat(ArabicCommandLineTest.visible(text.toString()).lines().toList()).containsExactly(
                "Title         Value",
                "----------  -------",
                "<FSI>سعة أمازون<PDI>  $38.00B",
                "Oracle       $3.00B");
    }

    @Test
    void bidiControlsInTheDataStayEscapedAndAreCountedAsShown() {
        TextTable table = new TextTable().column("Title", Align.LEFT).column("Value", Align.RIGHT)
                .row(List.of("abc\u202Edef", "1"))
                .row(List.of("\u2066x\u2069", "2"));
        StringWriter text = new StringWriter();

        table.print(terminal(text, true));

        String printed = text.toString();
        assertThat(printed).contains("abc\\u202Edef", "\\u2066x\\u2069").doesNotContain("\u202E");
        // Only the table's own marks are real characters: two isolates a cell, one mark a line.
        assertThat(printed.chars().filter(c -> c == 0x2066 || c == 0x2068).count()).isEqualTo(6);
        assertThat(ArabicCommandLineTest.visible(printed).lines().toList()).containsExactly(
                "<RLM><FSI>Title<PDI>          <FSI>Value<PDI>",
                "<RLM>-------------  -----",
                "<RLM><FSI>abc\\u202Edef<PDI>       <LRI>1<PDI>",
                "<RLM><FSI>\\u2066x\\u2069<PDI>      <LRI>2<PDI>");
    }

    @Test
    void aTitleIsCutBetweenCharactersNeverInsideOne() {
        assertThat(DisplayWidth.shorten("مُبلغ عنه مُبلغ عنه", 8)).isEqualTo("مُبلغ...");
        assertThat(DisplayWidth.shorten("a\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00b", 7)).isEqualTo("a\uD83D\uDE00...");
        assertThat(DisplayWidth.shorten("short", 8)).isEqualTo("short");
    }

    private static PrintWriter terminal(StringWriter text, boolean rightToLeft) {
        return new TerminalPrintWriter(new TerminalWriter(text), rightToLeft);
    }
}
