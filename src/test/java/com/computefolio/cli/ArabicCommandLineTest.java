package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in Arabic (issue 16, points 4 and 5): --lang on every command, the help and messages from
 * cli_ar, tables right to left with their cells isolated, and the curated deals' Arabic names and titles.
 * The golden files hold the exact characters printed, direction marks included (shown by {@link #visible}).
 */
class ArabicCommandLineTest {

    @TempDir
    static Path home;

    private static CuratedCommandLine curated;

    @BeforeAll
    static void curatedRegister() {
        curated = CuratedCommandLine.initIn(home);
    }

    @Test
    void theHelpIsInArabicWhenAskedForBeforeOrAfterTheCommand() {
        CliRunner.Result before = curated.ok("--lang", "ar", "list", "--help");
        CliRunner.Result after = curated.ok("list", "--help", "--lang=ar");

        assertThat(before.out()).isEqualTo(after.out())
                .contains("الاستخدام:", "الخيارات:", "رموز الخروج:", "اعرض الصفقات التي تجتاز المرشح")
                .contains("--buyer=PARTY", "--lang=ar|en")
                .doesNotContain("Usage:", "Options:", "Show this help message");
    }

    @Test
    void englishIsChosenTheSameWayAndEveryCommandTakesTheOption() {
        CliRunner.Result help = curated.ok("summary", "--help", "--lang", "en");

        assertThat(help.out()).contains("Usage:", "--lang=ar|en", "Language of the help");
    }

    @Test
    void aLanguageThatIsNotShippedIsAUsageError() {
        CliRunner.Result r = curated.run("list", "--lang", "fr");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--lang").contains("ar").contains("en");
    }

    @Test
    void messagesAreInArabic() {
        CliRunner.Result r = curated.run("show", "no-such-deal", "--lang", "ar");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo("لا توجد صفقة معرّفها «no-such-deal».\n");
    }

    @Test
    void aSearchInArabicFindsTheAwsDealsWithOrWithoutTheHamza() {
        String withHamza = curated.ok("list", "--search", "أمازون", "--format", "csv").out();
        String without = curated.ok("list", "--search", "امازون", "--format", "csv").out();

        assertThat(withHamza).contains("aws-cloud-2025", "amazon-equity-2026").doesNotContain("microsoft-azure-2025")
                .isEqualTo(without);
    }

    @Test
    void listInArabicIsTheGoldenTable() throws IOException {
        String out = curated.ok("list", "--search", "أمازون", "--lang", "ar").out();

        assertThat(visible(out)).isEqualTo(golden("list-amazon-ar.txt"));
    }

    @Test
    void showInArabicIsTheGoldenDetail() throws IOException {
        String out = curated.ok("show", "aws-cloud-2025", "--lang", "ar").out();

        assertThat(visible(out)).isEqualTo(golden("show-aws-ar.txt"));
    }

    @Test
    void theSameListInEnglishKeepsItsEnglishNamesAndHasNoDirectionMarks() {
        String out = curated.ok("list", "--search", "أمازون").out();

        assertThat(out).contains("AWS cloud capacity", "Amazon (AWS)").doesNotContain("أمازون")
                .doesNotContain("\u2066", "\u2068", "\u2069", "\u200F");
    }

    @Test
    void summaryFlowsTimelineAndExposureInArabicNameThePartiesInArabic() {
        assertThat(curated.ok("summary", "--by", "buyer", "--lang", "ar").out()).contains("أوبن إيه آي (OpenAI)");
        assertThat(curated.ok("summary", "--lang", "ar").out()).contains("مايكروسوفت (أزور)", "كورويف", "مشروع ستارغيت المشترك")
                .doesNotContain("Microsoft (Azure)", "CoreWeave", "Stargate joint venture");
        assertThat(curated.ok("flows", "--lang", "ar").out()).contains("مايكروسوفت (أزور)").doesNotContain("Microsoft (Azure)");
        assertThat(curated.ok("timeline", "--by", "buyer", "--lang", "ar").out()).contains("أوبن إيه آي (OpenAI)");
        assertThat(curated.ok("exposure", "--lang", "ar").out()).contains("مايكروسوفت (أزور)").doesNotContain("Microsoft (Azure)");
    }

    @Test
    void summaryInEnglishAndSummaryDataKeepTheStoredNames() {
        assertThat(curated.ok("summary").out()).contains("Microsoft (Azure)").doesNotContain("مايكروسوفت");
        assertThat(curated.ok("summary", "--lang", "ar", "--format", "csv").out())
                .contains("Microsoft (Azure)").doesNotContain("مايكروسوفت");
    }

    /** The product's direction marks as readable tags, so a golden file shows where each one is. */
    static String visible(String text) {
        return text.replace("\u200F", "<RLM>").replace("\u2066", "<LRI>").replace("\u2068", "<FSI>").replace("\u2069", "<PDI>");
    }

    private static String golden(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/cli/golden", name), StandardCharsets.UTF_8);
    }
}
