package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** views --save/--delete and --view on the filtering commands, over the curated data. */
class SavedViewsCommandsTest {

    @TempDir
    Path home;

    private CuratedCommandLine curated;

    @BeforeEach
    void seed() {
        curated = CuratedCommandLine.initIn(home);
    }

    @Test
    void aSavedViewGivesWhatItsOptionsGive() {
        curated.ok("views", "--save", "ms", "--counterparty", "microsoft", "--scenario", "firm", "--as-of", "2025-12-31");

        assertThat(curated.ok("views").out()).contains("ms: --counterparty microsoft --as-of 2025-12-31 --scenario firm");
        for (String command : new String[] {"summary", "list", "timeline", "flows"}) {
            assertThat(curated.ok(command, "--view", "ms").out()).as(command)
                    .isEqualTo(curated.ok(command, "--counterparty", "microsoft", "--scenario", "firm", "--as-of", "2025-12-31").out());
        }
    }

    @Test
    void anOptionGivenBesideTheViewReplacesTheViewsValue() {
        curated.ok("views", "--save", "ms", "--counterparty", "microsoft", "--as-of", "2025-12-31");

        assertThat(curated.ok("summary", "--view", "ms", "--as-of", "2024-06-30").out())
                .isEqualTo(curated.ok("summary", "--counterparty", "microsoft", "--as-of", "2024-06-30").out());
    }

    @Test
    void aViewsGroupingIsTheGroupingOfTheCommandsThatGroupUnlessByIsGiven() {
        curated.ok("views", "--save", "kinds", "--buyer", "openai", "--by", "kind", "--columns", "title,value");

        for (String command : new String[] {"summary", "timeline"}) {
            assertThat(curated.ok(command, "--view", "kinds").out()).as(command)
                    .isEqualTo(curated.ok(command, "--buyer", "openai", "--by", "kind").out());
        }
        assertThat(curated.ok("summary", "--view", "kinds", "--by", "status").out())
                .isEqualTo(curated.ok("summary", "--buyer", "openai", "--by", "status").out());
        // Columns are the window's: a command without a table ignores them.
        assertThat(curated.ok("list", "--view", "kinds").out()).isEqualTo(curated.ok("list", "--buyer", "openai").out());
    }

    @Test
    void aViewSavedBeforeGroupingAndColumnsExistedStillLoadsAndABadGroupingIsNamed() throws Exception {
        Files.writeString(home.resolve("views.json"), "{ \"formatVersion\": 1, \"views\": [ { \"name\": \"old\", \"buyers\": [\"openai\"] },\n"
                + "  { \"name\": \"bad\", \"groupBy\": \"colour\" } ] }");

        CliRunner.Result r = curated.run("summary", "--view", "old");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("views.json").contains("views[1].groupBy").contains("'colour' is not a grouping");
        Files.writeString(home.resolve("views.json"), "{ \"formatVersion\": 1, \"views\": [ { \"name\": \"old\", \"buyers\": [\"openai\"] } ] }");
        assertThat(curated.ok("summary", "--view", "old").out()).isEqualTo(curated.ok("summary", "--buyer", "openai").out());
    }

    @Test
    void deletedAndUnknownViews() {
        curated.ok("views", "--save", "ms", "--party", "microsoft");
        curated.ok("views", "--delete", "ms");

        CliRunner.Result r = curated.run("list", "--view", "ms");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("No view is called 'ms'");
        assertThat(curated.run("views", "--delete", "ms").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(curated.run("views", "--save", "Bad Name").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aViewsFileWithAMistakeNamesTheFileEntryAndField() throws Exception {
        Files.writeString(home.resolve("views.json"), "{ \"formatVersion\": 1, \"views\": [ { \"name\": \"ok\" },\n"
                + "  { \"name\": \"bad\", \"from\": \"2025-13-01\" } ] }");

        CliRunner.Result r = curated.run("list", "--view", "ok");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("views.json").contains("views[1].from").contains("2025-13-01");
    }

    @Test
    void savingKeepsTheOtherViewsAndReplacesOneOfTheSameName() {
        curated.ok("views", "--save", "a", "--party", "microsoft");
        curated.ok("views", "--save", "b", "--kind", "CHIPS");
        curated.ok("views", "--save", "a", "--party", "nvidia");

        assertThat(curated.ok("views").out()).contains("a: --party nvidia").contains("b: --kind CHIPS").doesNotContain("microsoft");
    }
}
