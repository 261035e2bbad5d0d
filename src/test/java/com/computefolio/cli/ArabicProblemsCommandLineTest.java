package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} and {@code import} word their problems in the reader's language (issue 16, ADR 0045): in Arabic each
 * line is right to left, its location (file, line, column, path) a left-to-right isolate as written, the sentence
 * from problems_ar; in English the lines are exactly what they always were.
 */
class ArabicProblemsCommandLineTest {
    private static final String BAD = """
            {
              "format": "computefolio-portfolio",
              "formatVersion": 1,
              "sources": [ { "id": "T1", "publisher": "Test Wire", "url": "https://example.com/t1" } ],
              "parties": [ { "id": "testco", "name": "TestCo", "kind": "NEOCLOUD" } ],
              "deals": [ { "id": "openai-testco-2026", "title": "TestCo capacity", "buyer": "openai", "counterparty": "testco",
                "kind": "CLOUD_SERVICES", "direction": "COMMITMENT", "announced": "2026-02-30",
                "revisions": [ { "knownFrom": "2026-01-10", "status": "DEFINITIVE",
                  "value": { "basis": "TOTAL_OVER_TERM", "amount": "1200000000", "currency": "USD", "confidence": "OFFICIAL",
                             "sources": ["T1"] } } ] } ]
            }
            """;

    @TempDir
    Path home;

    private CliRunner cli;
    private String db;
    private Path bad;

    @BeforeEach
    void registerAndABadFile() throws IOException {
        cli = new CliRunner(home);
        db = home.resolve("register.db").toString();
        assertThat(cli.run("--db", db, "init").exitCode()).isEqualTo(ExitCodes.OK);
        bad = Files.writeString(home.resolve("bad.json"), BAD, StandardCharsets.UTF_8);
    }

    @Test
    void validateInArabicPrintsArabicProblemsWithTheLocationAsWritten() {
        CliRunner.Result r = cli.run("--lang", "ar", "--db", db, "validate", bad.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        String line = r.err().lines().filter(l -> l.contains("announced")).findFirst().orElseThrow();
        assertThat(line).isEqualTo("\u200F\u2066" + bad + ":7:71: $.deals[0].announced:\u2069"
                + " التاريخ 2026-02-30 غير موجود، فشهر فبراير من عام 2026 فيه 28 يوماً."
                + " المتوقع تاريخ ISO بالصيغة YYYY-MM-DD مثل 2025-11-03.");
        assertThat(r.err()).doesNotContain("is not a real date", "expected");
    }

    @Test
    void validateInEnglishPrintsTheSameLineAsAlways() {
        CliRunner.Result r = cli.run("--lang", "en", "--db", db, "validate", bad.toString());

        assertThat(r.err()).contains(bad + ":7:71: $.deals[0].announced: 2026-02-30 is not a real date: February 2026 has 28 days."
                + " (expected an ISO date YYYY-MM-DD such as 2025-11-03)\n").doesNotContain("\u200F", "\u2066");
    }

    @Test
    void anEditThatIsRefusedIsSaidInArabicToo() {
        CliRunner.Result r = cli.run("--lang", "ar", "--db", db, "set", "no-such-deal", "colour=red");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("لا يوجد حقل باسم «colour».").doesNotContain("There is no field");
    }
}
