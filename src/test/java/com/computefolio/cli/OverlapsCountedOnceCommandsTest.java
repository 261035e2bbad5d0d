package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curated data counted once by default and gross with --gross. Stargate (stargate-us-2025) is
 * $500B and 10 GW; its parts as known today are Oracle $300B and 4.5 GW, CoreWeave's third contract
 * up to $6.5B, SB Energy's sites 1.2 GW (no value) and OpenAI's $0.5B into SB Energy: $307B and
 * 5.7 GW, so Stargate counts $193B and 4.3 GW, and the netted total is $307B below the gross one.
 */
class OverlapsCountedOnceCommandsTest {

    @TempDir
    static Path home;

    private static CuratedCommandLine curated;

    @BeforeAll
    static void seedOnce() {
        curated = CuratedCommandLine.initIn(home);
    }

    private CliRunner.Result run(String... args) {
        return curated.ok(args);
    }

    private static String rowOf(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in\n" + out));
    }

    @Test
    void defaultTotalNetsStargateAgainstItsPartsAndGrossIsThePlainSum() {
        String netted = rowOf(run("summary", "--by", "counterparty", "--format", "csv").out(), "total,");
        String gross = rowOf(run("summary", "--by", "counterparty", "--format", "csv", "--gross").out(), "total,");

        // Gross: every live commitment's headline: 250 + 500 + 300 + 138 + 11.9 + 4 + 6.5 + 20 + 0.5 = $1,230.9B.
        assertThat(gross).startsWith("total,Total,27,1230900000000.00,163000000000.00,USD,45.68,");
        // Netted: Stargate counts 500 - (300 + 6.5 + 0.5) = $193B, so $307B less; 10 - (4.5 + 1.2) = 4.3 GW, 5.7 GW less.
        assertThat(netted).startsWith("total,Total,27,923900000000.00,163000000000.00,USD,39.98,").contains("NETTED=1");
        assertThat(rowOf(run("summary", "--by", "counterparty", "--format", "csv").out(), "stargate,"))
                .startsWith("stargate,\"Stargate (SoftBank, OpenAI, Oracle, MGX)\",1,193000000000.00,0.00,USD,4.3,NETTED=1");
    }

    @Test
    void summaryTableExplainsEachNettedUmbrellaLineByLine() {
        String out = run("summary", "--by", "counterparty").out();

        assertThat(out).contains("Counted once")
                .contains("Stargate joint venture (US): $500B over four years: $500.00B - $307.00B = $193.00B; 10 GW - 5.7 GW = 4.3 GW")
                .contains("oracle-cloud-2025").contains("sb-energy-sites-2025").contains("coreweave-cloud-2025-09");
        assertThat(run("summary", "--by", "counterparty", "--gross").out()).doesNotContain("Counted once");
    }

    @Test
    void asKnownBeforeAnyPartHadAPriceStargateCountsInFull() {
        // 2025-09-01: Stargate $500B and no capacity yet; Oracle known without a price; no other part known yet.
        String out = run("summary", "--by", "counterparty", "--as-of", "2025-09-01", "--format", "csv").out();

        assertThat(rowOf(out, "stargate,")).contains(",500000000000.00,").contains(",USD,0,");
    }

    @Test
    void reportExplainsTheDifferenceFromTheGrossSumLineByLine() throws Exception {
        Path pdf = home.resolve("report.pdf");

        run("report", "--out", pdf.toString());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Counted once")
                    .contains("gross $500B less $307B in its named parts, $193B counted as not yet allocated to a named deal")
                    .contains("capacity 10 GW less 5.7 GW in its parts, 4.3 GW counted")
                    .contains("the same deals add up to $1,231B of commitments and 45.7 GW");
        }
    }

    @Test
    void chartFootnoteSaysWhatWasNettedAndTheGrossChartSaysItIsGross() throws Exception {
        Path netted = home.resolve("netted.svg");
        Path gross = home.resolve("gross.svg");

        run("chart", "--type", "commitments", "--out", netted.toString());
        run("chart", "--type", "commitments", "--gross", "--out", gross.toString());

        String nettedSvg = Files.readString(netted).replaceAll("\\s+", " ");
        String grossSvg = Files.readString(gross).replaceAll("\\s+", " ");
        assertThat(nettedSvg).contains("Counted once").contains("$193B counted");
        assertThat(grossSvg).doesNotContain("Counted once").contains("gross: umbrellas and their parts both counted");
    }

    @Test
    void asKnownOnADateStargateIsNettedAgainstThePartsKnownThen() {
        // 2025-10-01: Stargate 7 GW; Oracle $300B and 4.5 GW; CoreWeave up to $6.5B; SB Energy's sites
        // known, but their 1.2 GW only from 2026-01-09.
        String october = run("summary", "--by", "counterparty", "--as-of", "2025-10-01", "--format", "csv").out();
        // 2025-09-15: only Oracle's $300B is known among the parts.
        String september = run("summary", "--by", "counterparty", "--as-of", "2025-09-15", "--format", "csv").out();

        assertThat(rowOf(october, "stargate,")).contains(",193500000000.00,0.00,USD,2.5,NETTED=1");
        assertThat(rowOf(september, "stargate,")).contains(",200000000000.00,");
    }

    @Test
    void theRemainderRunsOverStargatesOwnFourYears() {
        // $193B = 19,300,000,000,000 cents over 48 months: 402,083,333,333 a month, 16 cents over, one each
        // to the first 16 months; 2025 holds 12 months and 12 of those cents.
        String out = run("timeline", "--by", "counterparty", "--granularity", "year", "--party", "stargate",
                "--format", "csv").out();

        assertThat(rowOf(out, "2025,")).isEqualTo("2025,2025-01,%s,%s".formatted(Amounts.exact(4_825_000_000_008L),
                Amounts.exact(4_825_000_000_008L)));
    }
}
