package com.computefolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.testing.DealBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextChecksTest {

    private static List<Problem> check(String text, TextRule rule) {
        List<Problem> problems = new ArrayList<>();
        TextChecks.check(text, rule, "field", problems);
        return problems;
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0000, the control character U+0000", "001B, the control character U+001B",
        "0007, the control character U+0007", "007F, the control character U+007F", "0080, the control character U+0080",
        "0085, the control character U+0085", "009F, the control character U+009F", "FFFE, the noncharacter U+FFFE",
        "FFFF, the noncharacter U+FFFF", "FDD0, the noncharacter U+FDD0", "FDEF, the noncharacter U+FDEF",
        "D800, an unpaired surrogate U+D800", "DC00, an unpaired surrogate U+DC00"})
    void controlCharactersNoncharactersAndLoneSurrogatesAreRefusedEvenInNotes(String hex, String described) {
        String text = "ab" + (char) Integer.parseInt(hex, 16) + "cd";

        assertThat(check(text, DealLimits.NOTES)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("The text of the notes contains " + described + " at character 3."));
        assertThat(check(text, DealLimits.TITLE)).hasSize(1);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"000A", "000D", "0009", "2028", "2029"})
    void lineBreaksAndTabsAreAllowedInMultiLineFieldsOnly(String hex) {
        String text = "first" + (char) Integer.parseInt(hex, 16) + "second";

        assertThat(check(text, DealLimits.NOTES)).isEmpty();
        assertThat(check(text, DealLimits.QUOTE)).isEmpty();
        assertThat(check(text, DealLimits.TITLE)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("U+" + hex + " at character 6."));
    }

    @Test
    void aReversedSurrogatePairIsTwoUnpairedSurrogates() {
        assertThat(check("x\uDE80\uD83D", DealLimits.TITLE)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("The title contains an unpaired surrogate U+DE80 at character 2."));
    }

    @Test
    void positionsCountEachCharacterOnceAfterPlainTextAccentsAndPairs() {
        assertThat(check("ab\u00e9\uD83D\uDE80c\u0007", DealLimits.TITLE)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("U+0007 at character 6."));
        assertThat(check("plain \u007f", DealLimits.TITLE)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("U+007F at character 7."));
    }

    @Test
    void noncharactersBeyondTheFirstPlaneAreRefusedAndOtherPairsAreText() {
        assertThat(check("\uD83F\uDFFF", DealLimits.TITLE)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("the noncharacter U+1FFFF at character 1"));
        assertThat(check("\uD83D\uDE80 launch", DealLimits.TITLE)).isEmpty();
    }

    @Test
    void directionMarksJoinersAndByteOrderMarksAreText() {
        assertThat(check("\u200F\u0627\u0644\u200D\u202E\u2066x\u2069\uFEFF", DealLimits.NAME)).isEmpty();
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        assertThat(check("\uD83D\uDE80".repeat(300), DealLimits.TITLE)).isEmpty();
        assertThat(check("\uD83D\uDE80".repeat(301), DealLimits.TITLE)).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("The title is 301 characters long.");
            assertThat(p.expected()).isEqualTo("at most 300 characters");
        });
    }

    @Test
    void aTextTooLongAndWithAControlCharacterGetsBothProblems() {
        assertThat(check("\u001b" + "x".repeat(10_000), DealLimits.CHANGE)).hasSize(2);
        assertThat(check(null, DealLimits.TITLE)).isEmpty();
    }

    @Test
    void theValidatorChecksTheTextsOfADealSoTheEditorRefusesThemAsYouType() {
        Deal deal = DealBuilder.deal("d").title("A\u001bB").notes("ok\nnotes").tags("t\u0000").build();

        List<Problem> problems = new DealValidator().validate(deal, Set.of("openai", "amazon"), Set.of());

        assertThat(problems).extracting(Problem::path).containsExactly("title", "tags[0]");
    }

    @Test
    void tooManyRevisionsAreRefused() {
        DealBuilder builder = DealBuilder.deal("d").knownFrom("2020-01-01");
        for (int i = 1; i <= DealLimits.MAX_REVISIONS_PER_DEAL; i++) {
            builder.then(LocalDate.of(2020, 1, 1).plusDays(i).toString());
        }

        List<Problem> problems = new DealValidator().validate(builder.build(), Set.of("openai", "amazon"),
                Set.of());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("revisions");
            assertThat(p.message()).isEqualTo("The list holds 501 revisions.");
        });
    }
}
