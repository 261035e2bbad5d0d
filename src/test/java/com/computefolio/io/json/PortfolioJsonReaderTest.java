package com.computefolio.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Problem;
import com.computefolio.io.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioJsonReaderTest {

    private final PortfolioJsonReader reader = new PortfolioJsonReader(new DealValidator());

    @Test
    void reportsEveryProblemInTheFileNotOnlyTheFirst() {
        String json = file("""
                    {"id": "a", "title": "A", "buyer": "openai", "counterparty": "amazon", "kind": "CLOUD",
                     "direction": "COMMITMENT", "announced": "2025-02-30", "revisions": [REVISION]},
                    {"id": "b", "title": "B", "buyer": "openai", "counterparty": "amazon", "kind": "CHIPS",
                     "direction": "COMMITMENT", "announced": "2025-01-01", "colour": "red", "revisions": [REVISION]}
                """);

        ReadResult result = reader.read("two.json", json);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("$.deals[0].kind", "$.deals[0].announced", "$.deals[1].colour");
    }

    @Test
    void locatesAProblemAtTheLineAndColumnOfTheValue() {
        String json = file("""
                    {"id": "a", "title": "A", "buyer": "openai", "counterparty": "amazon", "kind": "CHIPS",
                     "direction": "COMMITMENT", "announced": "2025-01-01", "revisions": [
                      {"knownFrom": "2025-01-01", "status": "DEFINITIVE",
                       "value": {"basis": "TOTAL_OVER_TERM", "amount": "1.234", "confidence": "OFFICIAL", "sources": ["S1"]}}]}
                """);

        Problem problem = single(reader.read("deals.json", json));

        assertThat(problem.path()).isEqualTo("$.deals[0].revisions[0].value.amount");
        assertThat(problem.file()).isEqualTo("deals.json");
        assertThat(lineOf(json, "\"1.234\"")).isEqualTo(problem.line());
        assertThat(problem.column()).isEqualTo(columnOf(json, "\"1.234\""));
        assertThat(problem.message()).contains("more than 2 decimal places");
    }

    @Test
    void columnsCountCharactersNotBytesOnLinesWithArabicOrEmoji() {
        String json = file("""
                    {"id": "a", "title": "عقد 🚀", "buyer": "openai", "counterparty": "amazon", "kind": "CHIPZ",
                     "direction": "COMMITMENT", "announced": "2025-01-01", "revisions": [REVISION]}
                """);

        Problem problem = single(reader.read("arabic.json", json));

        assertThat(problem.path()).isEqualTo("$.deals[0].kind");
        assertThat(problem.line()).isEqualTo(lineOf(json, "\"CHIPZ\""));
        assertThat(problem.column()).isEqualTo(codePointColumn(json, "\"CHIPZ\""));
    }

    @Test
    void aProblemInALaterRevisionPointsAtItsPlaceInTheFileEvenWhenRevisionsAreOutOfDateOrder() {
        String json = file("""
                    {"id": "a", "title": "A", "buyer": "openai", "counterparty": "amazon", "kind": "CHIPS",
                     "direction": "COMMITMENT", "announced": "2025-01-01", "revisions": [
                      {"knownFrom": "2026-01-01", "status": "DEFINITIVE",
                       "value": {"basis": "TOTAL_OVER_TERM", "amount": "-5", "confidence": "OFFICIAL", "sources": ["S1"]}},
                      REVISION]}
                """);

        Problem problem = single(reader.read("order.json", json));

        assertThat(problem.path()).isEqualTo("$.deals[0].revisions[0].value.amount");
        assertThat(problem.message()).contains("negative");
        assertThat(problem.line()).isEqualTo(lineOf(json, "\"-5\""));
    }

    @Test
    void aBrokenPartyIsReportedOnceNotAgainAsAnUnknownPartyOfEveryDeal() {
        String json = file("""
                    {"id": "a", "title": "A", "buyer": "openai", "counterparty": "amazon", "kind": "CHIPS",
                     "direction": "COMMITMENT", "announced": "2025-01-01", "revisions": [REVISION]}
                """).replace("\"kind\": \"HYPERSCALER_CLOUD\"", "\"kind\": \"SHOP\"");

        ReadResult result = reader.read("party.json", json);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.parties[1].kind");
            assertThat(p.expected()).contains("HYPERSCALER_CLOUD", "NEOCLOUD", "OTHER");
        });
    }

    @Test
    void unknownPropertiesAreRefusedWithTheFieldsThatAreAllowed() {
        String json = file("").replace("\"name\": \"t\"", "\"name\": \"t\", \"owner\": \"me\"");

        Problem problem = single(reader.read("extra.json", json));

        assertThat(problem.message()).isEqualTo("Unknown field \"owner\".");
        assertThat(problem.expected()).contains("format", "formatVersion", "deals");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
        Path withBom = dir.resolve("bom.json");
        Files.write(withBom, ("\uFEFF" + file("")).getBytes(StandardCharsets.UTF_8));

        ReadResult result = reader.read(withBom);

        assertThat(Files.readAllBytes(withBom)[0]).isEqualTo((byte) 0xEF);
        assertThat(result.problems()).isEmpty();
        assertThat(result.portfolio().name()).isEqualTo("t");
    }

    @Test
    void aTermEndingBeforeItStartsIsRefused() {
        String json = file("""
                    {"id": "a", "title": "A", "buyer": "openai", "counterparty": "amazon", "kind": "CHIPS",
                     "direction": "COMMITMENT", "announced": "2025-01-01", "revisions": [
                      {"knownFrom": "2025-01-01", "status": "DEFINITIVE", "term": {"start": "2026-05", "end": "2026-01"},
                       "value": {"basis": "UNDISCLOSED", "confidence": "OFFICIAL", "sources": ["S1"]}}]}
                """);

        Problem problem = single(reader.read("term.json", json));

        assertThat(problem.path()).isEqualTo("$.deals[0].revisions[0].term.end");
        assertThat(problem.message()).isEqualTo("The term ends (2026-01) before it starts (2026-05).");
    }

    @Test
    void aTermGivenAsStartAndEndIsReadAsMonthsInclusive() {
        String json = file("""
                    {"id": "a", "title": "A", "buyer": "openai", "counterparty": "amazon", "kind": "CHIPS",
                     "direction": "COMMITMENT", "announced": "2025-01-01", "revisions": [
                      {"knownFrom": "2025-01-01", "status": "DEFINITIVE", "term": {"start": "2026-01", "end": "2026-12"},
                       "value": {"basis": "UNDISCLOSED", "confidence": "OFFICIAL", "sources": ["S1"]}}]}
                """);

        ReadResult result = reader.read("term.json", json);

        assertThat(result.problems()).isEmpty();
        assertThat(result.portfolio().deals().get(0).current().term().months()).isEqualTo(12);
    }

    @Test
    void aNewerFormatVersionIsRefusedAloneNamingTheVersion() {
        String json = file("").replace("\"formatVersion\": 1", "\"formatVersion\": 3, \"futureField\": true");

        Problem problem = single(reader.read("future.json", json));

        assertThat(problem.message()).contains("formatVersion 3", "newer");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void anAmountWrittenAsAJsonNumberIsRefusedBecauseNumbersMayBecomeBinaryFloatingPoint() {
        String json = file("""
                    {"id": "a", "title": "A", "buyer": "openai", "counterparty": "amazon", "kind": "CHIPS",
                     "direction": "COMMITMENT", "announced": "2025-01-01", "revisions": [
                      {"knownFrom": "2025-01-01", "status": "DEFINITIVE",
                       "value": {"basis": "TOTAL_OVER_TERM", "amount": 38000000000, "confidence": "OFFICIAL", "sources": ["S1"]}}]}
                """);

        Problem problem = single(reader.read("number.json", json));

        assertThat(problem.message()).isEqualTo("Expected a string but found the number 38000000000.");
        assertThat(problem.expected()).contains("decimal string");
    }

    private static Problem single(ReadResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    /** A valid file (two parties, one source) with the given deals; REVISION stands for a valid revision. */
    static String file(String deals) {
        String revision = """
                {"knownFrom": "2025-01-01", "status": "DEFINITIVE",
                 "value": {"basis": "UNDISCLOSED", "confidence": "OFFICIAL", "sources": ["S1"]}, "sources": ["S1"]}""";
        return """
                {"format": "computefolio-portfolio", "formatVersion": 1, "name": "t",
                 "sources": [{"id": "S1", "publisher": "P", "url": "https://example.com/1"}],
                 "parties": [{"id": "openai", "name": "OpenAI", "kind": "AI_LAB"},
                             {"id": "amazon", "name": "Amazon", "kind": "HYPERSCALER_CLOUD"}],
                 "deals": [
                """ + deals.replace("REVISION", revision) + "]}\n";
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based column of the needle, counting characters (code points) the way editors do. */
    private static int codePointColumn(String text, String needle) {
        int at = text.indexOf(needle);
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return text.codePointCount(lineStart, at) + 1;
    }

    private static int columnOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at - text.lastIndexOf('\n', at - 1);
    }
}
