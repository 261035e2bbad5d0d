package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-only commands on a database seeded with the curated data, checked against numbers a
 * person can work out from data/openai-portfolio.json. AWS: $38B over 84 months from 2025-11
 * (revision of 2025-11-03), then $138B from the revision of 2026-02-27.
 */
class CuratedDataCommandsTest {

    @TempDir
    static Path home;

    private static CliRunner cli;
    private static String db;
    private static int seededDeals;

    @BeforeAll
    static void seedOnce() {
        cli = new CliRunner(home);
        db = home.resolve("curated.db").toString();
        CliRunner.Result init = cli.run("--db", db, "init");
        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        java.util.regex.Matcher created = java.util.regex.Pattern.compile("with (\\d+) deals").matcher(init.out());
        assertThat(created.find()).as(init.out()).isTrue();
        seededDeals = Integer.parseInt(created.group(1));
    }

    private CliRunner.Result run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db;
        System.arraycopy(args, 0, withDb, 2, args.length);
        return cli.run(withDb);
    }

    @Test
    void summaryByCounterpartySeesAwsAsKnownOnTheDate() {
        CliRunner.Result before = run("summary", "--by", "counterparty", "--as-of", "2026-01-01");
        CliRunner.Result after = run("summary", "--by", "counterparty", "--as-of", "2026-03-01");

        assertThat(before.exitCode()).as(before.err()).isEqualTo(ExitCodes.OK);
        assertThat(rowOf(before.out(), "Amazon")).contains("$38.00B").doesNotContain("$138.00B");
        assertThat(rowOf(after.out(), "Amazon")).contains("$138.00B").contains("$50.00B");
        assertThat(before.out()).contains("As known on 2026-01-01").contains("Total");
    }

    @Test
    void summaryCsvIsExact() {
        CliRunner.Result r = run("summary", "--by", "counterparty", "--as-of", "2026-01-01", "--format", "csv");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        // One CSV dialect everywhere: a byte-order mark first, as in deals.csv (docs/format.md).
        assertThat(r.out()).startsWith("\uFEFFkey,label,deals,commitments,inflows,currency,capacity_gw,caveats\r\n");
        assertThat(rowOf(r.out(), "amazon,")).startsWith("amazon,Amazon (AWS),1,38000000000.00,0.00,USD,");
    }

    @Test
    void yearlyTimelineGivesAwsTwelveMonthlyAmountsIn2026() {
        // $38B = 3,800,000,000,000 cents over 84 months: 45,238,095,238 a month, and the 8 cents left
        // over go one each to the first 8 months (2025-11 .. 2026-06), so six of them fall in 2026.
        long expected2026 = 12 * 45_238_095_238L + 6;

        CliRunner.Result r = run("timeline", "--by", "counterparty", "--granularity", "year", "--as-of", "2026-01-01",
                "--party", "amazon", "--format", "csv");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo("\uFEFFperiod,period_start,amazon,total");
        assertThat(rowOf(r.out(), "2026,")).isEqualTo("2026,2026-01,%s,%s".formatted(Amounts.exact(expected2026),
                Amounts.exact(expected2026)));
    }

    @Test
    void timelineTableIsReadableWithATotalRow() {
        CliRunner.Result r = run("timeline", "--by", "counterparty", "--granularity", "year", "--as-of", "2026-01-01",
                "--party", "amazon");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(rowOf(r.out(), "2026 ")).contains("$5.43B");
        assertThat(rowOf(r.out(), "Total ")).contains("$38.00B");
    }

    @Test
    void cumulativeCapacityIsWhatIsOnlineAtTheEndOfEachPeriod() {
        CliRunner.Result perPeriod = run("timeline", "--measure", "gw", "--by", "kind", "--format", "json");
        CliRunner.Result cumulative = run("timeline", "--measure", "gw", "--by", "kind", "--cumulative");

        assertThat(cumulative.exitCode()).as(cumulative.err()).isEqualTo(ExitCodes.OK);
        assertThat(cumulative.out()).startsWith("Capacity (GW), cumulative");
        // Added per period, each gigawatt counted once: 45.68 GW of headlines (the 35.68 GW of the
        // first wave plus Nvidia's 10 GW letter of intent) less the 5.7 GW of Stargate's 10 GW that
        // its parts already hold (docs/dataset.md): 39.98 GW. The gross sum is the plain 45.68 GW.
        assertThat(perPeriod.out()).contains("\"total\" : \"39.98\"");
        assertThat(run("timeline", "--measure", "gw", "--by", "kind", "--format", "json", "--gross").out())
                .contains("\"total\" : \"45.68\"");
        // Online is a stock held for each deal's term: by the end, in 2034, only AWS's 2 GW (to 2034-02) is left.
        assertThat(rowOf(cumulative.out(), "End ")).endsWith(" 2 GW");
        assertThat(rowOf(cumulative.out(), "2034 ")).endsWith(" 2 GW");
    }

    @Test
    void showPrintsEveryRevisionWithItsSources() {
        CliRunner.Result r = run("show", "aws-cloud-2025");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Revision 1 of 2, known from 2025-11-03")
                .contains("Revision 2 of 2, known from 2026-02-27  (in force)")
                .contains("[S24] DigiTimes")
                .contains("https://apps.digitimes.com/news/a20251104VL203/amazon-aws-openai-partnership-infrastructure.html")
                .contains("[S25]")
                .contains("$138.00B  [138000000000.00 USD]");
    }

    @Test
    void showAsOfADateHidesLaterRevisions() {
        CliRunner.Result r = run("show", "aws-cloud-2025", "--as-of", "2026-01-01");

        assertThat(r.out()).contains("Revision 1 of 1, known from 2025-11-03  (in force)").doesNotContain("$138.00B");
    }

    @Test
    void showAsJsonIsTheDealAsAPortfolioFileWithExactAmountsAndFullSources() throws Exception {
        CliRunner.Result r = run("show", "aws-cloud-2025", "--format", "json");
        Path file = java.nio.file.Files.writeString(home.resolve("shown.json"), r.out());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("\"format\": \"computefolio-portfolio\"", "\"amount\": \"38000000000\"",
                "\"publisher\": \"DigiTimes\"", "\"name\": \"Amazon");
        CliRunner.Result validated = run("validate", file.toString());
        assertThat(validated.exitCode()).as(validated.out() + validated.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void showOfAnUnknownDealIsInvalidInput() {
        CliRunner.Result r = run("show", "no-such-deal");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("no-such-deal");
    }

    @Test
    void listFiltersByPartyAndTotalsFromTheSummary() {
        CliRunner.Result r = run("list", "--party", "amazon", "--as-of", "2026-01-01");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("aws-cloud-2025").doesNotContain("amazon-equity-2026").doesNotContain("oracle");
        assertThat(rowOf(r.out(), "Total commitments")).contains("1 deal").contains("$38.00B");
    }

    @Test
    void listAsJsonAndCsvIsExact() {
        CliRunner.Result json = run("list", "--party", "amazon", "--format", "json");
        CliRunner.Result csv = run("list", "--party", "amazon", "--format", "csv");

        assertThat(json.out()).contains("\"amount\": \"138000000000\"").contains("\"inflows\": \"50000000000.00\"");
        assertThat(rowOf(csv.out(), "aws-cloud-2025,")).contains(",138000000000.00,");
    }

    @Test
    void aFilterThatMatchesNothingSaysSoInsteadOfPrintingAnEmptyTable() {
        for (String command : new String[] {"list", "summary", "timeline"}) {
            CliRunner.Result r = run(command, "--search", "no deal has this text");

            assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(r.out()).as(command).isEqualTo("No deals match the filter." + System.lineSeparator());
        }
    }

    @Test
    void initOnAnExistingDatabaseChangesNothing() {
        CliRunner.Result r = run("init");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(seededDeals).isGreaterThan(20);
        assertThat(r.out()).contains("already exists").contains("(" + seededDeals + " deals)");
    }

    private static String rowOf(String output, String start) {
        return output.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in:\n" + output));
    }
}
