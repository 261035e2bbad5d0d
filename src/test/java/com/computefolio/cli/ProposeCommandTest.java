package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code propose}: the seed article against the curated register, its JSON checked by {@code validate}, and bad input. */
class ProposeCommandTest {
    private static final Path SEED = Path.of("src/test/resources/articles/seed-egypt14-openai-amazon.txt");
    private static final String URL = "https://seed.invalid/000_b29aba7545540c32";

    @TempDir
    static Path home;

    private static CliRunner cli;
    private static String db;

    @BeforeAll
    static void seedOnce() {
        cli = new CliRunner(home);
        db = home.resolve("curated.db").toString();
        assertThat(cli.run("--db", db, "init").exitCode()).isEqualTo(ExitCodes.OK);
    }

    private CliRunner.Result propose(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = db;
        all[2] = "propose";
        System.arraycopy(args, 0, all, 3, args.length);
        return cli.run(all);
    }

    @Test
    void printsTheAwsRevisionAsJsonThatValidateAccepts() throws IOException {
        CliRunner.Result r = propose("--from", SEED.toString(), "--url", URL, "--publisher", "إيجيبت14", "--published", "2025-11-03");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("\"aws-cloud-2025\"").contains("\"38000000000\"").contains("\"months\": 84");
        Path file = home.resolve("proposal.json");
        Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        CliRunner.Result valid = cli.run("--db", db, "validate", file.toString());
        assertThat(valid.exitCode()).as(valid.err() + valid.out()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void reviewsEachFieldWithItsQuoteOnStandardError() {
        CliRunner.Result r = propose("--from", SEED.toString(), "--url", URL, "--published", "2025-11-03");

        assertThat(r.err()).contains("New revision of aws-cloud-2025, known from 2025-11-03")
                .contains("Value: USD 38000000000.00 TOTAL_OVER_TERM (\"38 مليار دولار\")")
                .contains("Term: 84 months")
                .contains("Not in the article: Capacity, Hardware")
                .contains("Confidence: OFFICIAL (\"أعلنت\")")
                .contains("Mentioned: microsoft-equity-total")
                .contains("Not used: 5 مليارات دولار");
    }

    @Test
    void explainsInArabicWithLang() {
        CliRunner.Result r = propose("--from", SEED.toString(), "--url", URL, "--published", "2025-11-03", "--explain", "--lang", "ar");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("مراجعة جديدة لـ aws-cloud-2025").contains("القيمة").doesNotContain("\"formatVersion\"");
    }

    @Test
    void writesNothingToTheRegister() {
        String before = cli.run("--db", db, "history", "aws-cloud-2025").out();
        propose("--from", SEED.toString(), "--url", URL, "--published", "2025-11-03");
        assertThat(cli.run("--db", db, "history", "aws-cloud-2025").out()).isEqualTo(before);
    }

    @Test
    void refusesAnArticleWithoutAnAddress() {
        CliRunner.Result r = propose("--from", SEED.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--url");
    }

    @Test
    void refusesAMissingEmptyOrNonUtf8FileAndABadDate() throws IOException {
        Path empty = Files.writeString(home.resolve("empty.txt"), "  \n");
        Path latin1 = Files.write(home.resolve("latin1.txt"), "Caf\u00e9 deal worth $1 billion".getBytes(StandardCharsets.ISO_8859_1));

        CliRunner.Result missing = propose("--from", home.resolve("nowhere.txt").toString(), "--url", URL);
        CliRunner.Result blank = propose("--from", empty.toString(), "--url", URL);
        CliRunner.Result notUtf8 = propose("--from", latin1.toString(), "--url", URL);
        CliRunner.Result badDate = propose("--from", SEED.toString(), "--url", URL, "--published", "2025-02-30");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nowhere.txt does not exist");
        assertThat(blank.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(blank.err()).contains("is empty");
        assertThat(notUtf8.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notUtf8.err()).contains("is not UTF-8 text (first bad byte at offset 3)");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("2025-02-30");
    }
}
