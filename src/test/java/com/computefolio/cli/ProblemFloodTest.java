package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2 MB file of nothing but errors must not print hundreds of megabytes: the command line prints
 * the first problems, each cut to a readable length, and summarises the rest by kind.
 */
class ProblemFloodTest {

    private static final String HEADER = "id,title,buyer,counterparty,kind,direction,announced,status,basis,amount,currency,"
            + "confidence,term_start,term_months,capacity_gw,hardware,source_publisher,source_title,source_url,"
            + "source_published,source_quote,tags,notes\n";

    @TempDir
    Path home;

    @Test
    void aTwoMegabyteFileOfErrorsPrintsCappedProblemsAndASummaryByKind() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        // The first row echoes a 50,000-character value in its message; the rest are short and all wrong.
        csv.append("d0,T,openai,amazon,").append("K".repeat(50_000)).append(",COMMITMENT,2025-01-01,REPORTED,TOTAL_OVER_TERM,1,USD,")
                .append("REPORTED,,,,,P,,https://example.com,,,,\n");
        for (int i = 1; csv.length() < 2 * 1024 * 1024; i++) {
            csv.append("d").append(i).append(",T,nobody,nobody,CLOUD,OUT,2025-13-01,MAYBE,SOME,1x,USD,SURE,,,,,P,,ftp://x,,,,\n");
        }
        Path file = home.resolve("errors.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        CliRunner.Result r = new CliRunner(home).run("--db", home.resolve("r.db").toString(), "validate", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        String[] lines = r.err().split("\n");
        assertThat(lines).hasSizeLessThanOrEqualTo(ProblemPrinter.PRINTED + 2);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ProblemPrinter.LINE_CHARS + 100));
        assertThat(lines[0]).contains("kind: Unknown value \"KKKK").endsWith("more characters)");
        assertThat(r.err()).containsPattern("\\.\\.\\. and [\\d,]+ more problems of these kinds: [a-z_]+ \\([\\d,]+\\)")
                .contains("Reading stopped after 10,000 problems");
        assertThat(r.err().length()).isLessThan(300_000);
    }
}
