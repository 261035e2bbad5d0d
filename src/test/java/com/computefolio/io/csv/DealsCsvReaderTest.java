package com.computefolio.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.io.ImportChecker;
import com.computefolio.io.ParsedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealsCsvReaderTest {

    /** The columns every file has; the optional value_unsourced is left out, as in files written before it. */
    private static final List<String> REQUIRED = DealsCsvColumns.ALL.stream().filter(c -> !DealsCsvColumns.OPTIONAL.contains(c)).toList();
    private static final String HEADER = String.join(",", REQUIRED);

    private final DealsCsvReader reader = new DealsCsvReader();

    @Test
    void aProblemNamesTheLineTheColumnAndTheCsvColumnOfTheCell() {
        String text = HEADER + "\n"
                + row("a", "\"Two\nlines\"", "38000000000") + "\n"
                + row("b", "B", "38,5") + "\n";

        ParsedFile file = reader.parse("deals.csv", text);

        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4); // the quoted line break makes the first row two lines long
            assertThat(p.path()).isEqualTo("amount");
            assertThat(p.column()).isEqualTo(text.split("\n")[3].indexOf("\"38,5\"") + 1);
            assertThat(p.message()).isEqualTo("\"38,5\" is not a plain decimal number: it has a comma (a thousands separator or a decimal comma).");
        });
        assertThat(file.deals()).hasSize(1);
    }

    @Test
    void everyRowWithTheWrongNumberOfCellsIsReportedAndTheOthersAreRead() {
        String text = HEADER + "\n" + row("a", "A", "1") + ",extra\n" + row("b", "B", "2") + "\n"
                + row("c", "C", "3").substring(0, row("c", "C", "3").lastIndexOf(',')) + "\n";

        ParsedFile file = reader.parse("deals.csv", text);

        assertThat(file.problems()).extracting(Problem::line).containsExactly(2, 4);
        assertThat(file.problems()).extracting(Problem::message)
                .containsExactly("The row has 24 cells but the header has 23.", "The row has 22 cells but the header has 23.");
        assertThat(file.dealValues()).extracting(d -> d.id()).containsExactly("b");
    }

    @Test
    void columnsMayComeInAnyOrder() {
        List<String> reversed = new java.util.ArrayList<>(REQUIRED);
        java.util.Collections.reverse(reversed);
        String[] cells = row("a", "A", "1").split(",", -1);
        java.util.Collections.reverse(java.util.Arrays.asList(cells));

        ParsedFile file = reader.parse("deals.csv", String.join(",", reversed) + "\n" + String.join(",", cells) + "\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.dealValues()).singleElement().satisfies(d -> assertThat(d.title()).isEqualTo("A"));
    }

    @Test
    void problemsTheValidatorFindsArePlacedAtTheCellTheyComeFrom() {
        String text = HEADER + "\n" + row("a", "A", "-7") + "\n";
        ParsedFile file = reader.parse("deals.csv", text);
        Portfolio register = new Portfolio("r", List.of(new Party("openai", "OpenAI", PartyKind.AI_LAB),
                new Party("amazon", "Amazon", PartyKind.HYPERSCALER_CLOUD)), List.of(), List.of());

        List<Problem> problems = new ImportChecker(new DealValidator()).check(List.of(file), register).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("amount");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(text.split("\n")[1].indexOf(",-7,") + 2);
            assertThat(p.message()).contains("negative");
        });
    }

    @Test
    void aFileWithOnlyAHeaderHasNoDealsAndNoProblems() {
        ParsedFile file = reader.parse("deals.csv", HEADER + "\r\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.deals()).isEmpty();
    }

    /** A valid row in the column order of the header. */
    private static String row(String id, String title, String amount) {
        String amountCell = amount.contains(",") ? "\"" + amount + "\"" : amount;
        return String.join(",", id, title, "openai", "amazon", "CLOUD_SERVICES", "COMMITMENT", "2025-11-03", "DEFINITIVE",
                "TOTAL_OVER_TERM", amountCell, "USD", "OFFICIAL", "2025-11", "84", "", "", "Example News", "Story",
                "https://example.com/story", "2025-11-03", "", "", "");
    }
}
