package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.testing.EnglishLeft;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * picocli's own usage errors in the reader's language (issue 16): with {@code --lang ar} each family is an Arabic
 * sentence with only the option names and the values typed left in Latin letters; in English each reads as picocli
 * wrote it. Nothing is opened: a usage error ends before the register is touched.
 */
class ArabicUsageErrorsTest {

    @TempDir
    Path home;

    /** Each family: the arguments after the language, the Arabic the first line holds, the English first line. */
    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of("unknown option", List.of("list", "--colour"), "خيار غير معروف: «--colour»",
                        "Unknown option: '--colour'"),
                Arguments.of("misspelt command", List.of("sumary"), "وسيط زائد لا مكان له عند الموضع 4: «sumary»",
                        "Unmatched argument at index 4: 'sumary'"),
                Arguments.of("too many arguments", List.of("show", "a-deal", "another"),
                        "وسيط زائد لا مكان له عند الموضع 6: «another»", "Unmatched argument at index 6: 'another'"),
                Arguments.of("missing option", List.of("backup"), "ينقص خيار مطلوب: «--out=FILE»",
                        "Missing required option: '--out=FILE'"),
                Arguments.of("missing options", List.of("copy"), "تنقص خيارات مطلوبة: «--from=SOURCE» و«--to=TARGET»",
                        "Missing required options: '--from=SOURCE', '--to=TARGET'"),
                Arguments.of("missing parameter", List.of("restore"), "ينقص وسيط مطلوب: «FILE»",
                        "Missing required parameter: 'FILE'"),
                Arguments.of("option without its value", List.of("backup", "--out"), "الخيار «--out» (FILE) يحتاج إلى قيمة بعده",
                        "Missing required parameter for option '--out' (FILE)"),
                Arguments.of("an option where a value belongs", List.of("summary", "--by", "--gross"),
                        "الخيار «--by» يحتاج إلى قيمة، لكن جاء بعده «--gross»",
                        "Expected parameter for option '--by' but found '--gross'"),
                Arguments.of("bad date", List.of("summary", "--as-of", "2025-02-30"),
                        "قيمة غير صالحة في الخيار «--as-of»: «2025-02-30» ليس تاريخًا صالحًا (المتوقع YYYY-MM-DD، مثل 2026-01-01)",
                        "Invalid value for option '--as-of': '2025-02-30' is not a valid date (expected YYYY-MM-DD, e.g. 2026-01-01)"),
                Arguments.of("bad whole number", List.of("history", "--limit", "many"),
                        "قيمة غير صالحة في الخيار «--limit»: «many» ليس عددًا صحيحًا",
                        "Invalid value for option '--limit': 'many' is not an int"),
                Arguments.of("bad decimal", List.of("summary", "--haircut", "lots"),
                        "قيمة غير صالحة في الخيار «--haircut»: «lots» ليس عددًا",
                        "Invalid value for option '--haircut': 'lots' is not a BigDecimal"),
                Arguments.of("unknown enum value", List.of("summary", "--by", "nonsense"),
                        "قيمة غير صالحة في الخيار «--by»: «nonsense» ليست من القيم المقبولة: ",
                        "Invalid value for option '--by': expected one of ["),
                Arguments.of("option given twice", List.of("summary", "--as-of", "2025-01-01", "--as-of", "2025-02-01"),
                        "لا يُعطى الخيار «--as-of» (DATE) إلا مرة واحدة",
                        "option '--as-of' (DATE) should be specified only once"),
                Arguments.of("value on a flag", List.of("summary", "--gross=yes"),
                        "قيمة غير صالحة في الخيار «--gross»: «yes» ليست قيمة منطقية",
                        "Invalid value for option '--gross': 'yes' is not a boolean"),
                Arguments.of("unknown command for help", List.of("help", "sumary"), "لا يوجد أمر فرعي اسمه «sumary».",
                        "Unknown subcommand 'sumary'."));
    }

    private CliRunner.Result run(String language, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--lang", language, "--db", home.resolve("x.db").toString()));
        all.addAll(args);
        return new CliRunner(home).run(all.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void eachFamilyIsSaidInArabicWithOnlyTheOptionsAndValuesAsTyped(String family, List<String> args, String arabic, String english) {
        CliRunner.Result r = run("ar", args);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().findFirst().orElseThrow()).startsWith(arabic);
        assertThat(r.out()).isEmpty();
        assertThat(home.resolve("x.db")).doesNotExist();
        // Option names (--as-of, even inside "--help"), the commands suggested and the values this family typed may
        // stay as written.
        String typed = r.err().replaceAll("--[a-z][a-z-]*(=[A-Z]+)?", "").replaceAll("computefolio( [a-z]+)?", "");
        EnglishLeft.assertNoEnglishIn(typed, args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void eachFamilyReadsInEnglishAsPicocliWroteIt(String family, List<String> args, String arabic, String english) {
        CliRunner.Result r = run("en", args);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().findFirst().orElseThrow()).startsWith(english);
        assertThat(r.err()).contains("--help' for more information.");
    }

    @Test
    void aMisspeltCommandIsAnsweredWithTheCloseOnesInEitherLanguage() {
        assertThat(run("ar", List.of("sumary")).err()).contains("هل تقصد: computefolio summary أو computefolio ");
        assertThat(run("en", List.of("sumary")).err()).contains("Did you mean: computefolio summary or computefolio ");
        assertThat(run("ar", List.of("help", "sumary")).err()).contains("هل تقصد: computefolio summary أو computefolio ");
    }

    @Test
    void aMisspeltOptionIsAnsweredWithTheOptionsThatBeginAlike() {
        CliRunner.Result ar = run("ar", List.of("list", "--colour"));
        CliRunner.Result en = run("en", List.of("list", "--colour"));

        assertThat(ar.err()).contains("لعلك تقصد: --counterparty أو --confidence");
        assertThat(en.err()).contains("Possible solutions: --counterparty, --confidence");
    }

    @Test
    void anUnknownEnumValueListsTheAcceptedValuesInEitherLanguage() {
        CliRunner.Result ar = run("ar", List.of("summary", "--by", "nonsense"));
        CliRunner.Result en = run("en", List.of("summary", "--by", "nonsense"));

        assertThat(ar.err()).contains("COUNTERPARTY أو ").contains("(بأحرف كبيرة أو صغيرة)");
        assertThat(en.err()).contains("COUNTERPARTY, ").contains("] (case-insensitive) but was 'nonsense'");
    }

    @Test
    void ourOwnUsageErrorsAreSaidAsTheyWereWorded() {
        CliRunner.Result r = run("ar", List.of("list", "--from", "2026-01-01", "--to", "2025-01-01"));

        assertThat(r.err()).startsWith("--from 2026-01-01 بعد --to 2025-01-01");
    }
}
