package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code flows} command on the curated data, with figures a person can check in
 * data/openai-portfolio.json (docs/flows.md): Amazon sells $138B and invests $50B (36.23%),
 * Microsoft sells $250B and invests $13B (5.20%), together 63 / 388 = 16.24%.
 */
class FlowsCommandTest {

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

    private static String lineWith(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).findFirst().orElseThrow(() -> new AssertionError(needle + " in\n" + text));
    }

    @Test
    void tableMarksCircularPairsWithTheShareTheirInvestmentCouldPay() {
        String out = run("flows").out();

        assertThat(lineWith(out, "Amazon")).contains("(circular)").contains("$138.00B").contains("$50.00B")
                .contains("-$88.00B").contains("36.23%");
        assertThat(lineWith(out, "Microsoft")).contains("(circular)").contains("$250.00B").contains("$13.00B").contains("5.20%");
        assertThat(lineWith(out, "Nvidia")).doesNotContain("(circular)").contains("$30.00B");
        assertThat(lineWith(out, "Circular pairs")).contains("$388.00B").contains("$63.00B").contains("16.24%");
        // The total mixes circular and one-way pairs: no financed share. Stargate counts only what its
        // parts leave over ($193B of its $500B, docs/dataset.md), so money out is $923.90B, not $1.23T.
        assertThat(lineWith(out, "Total")).contains("$923.90B").contains("$163.00B").contains("-$760.90B").doesNotContain("%");
    }

    @Test
    void asOfTheEndOf2025NvidiasLetterOfIntentCountsItsHundredBillion() {
        String out = run("flows", "--as-of", "2025-12-31").out();

        assertThat(out).contains("As known on 2025-12-31");
        assertThat(lineWith(out, "Nvidia")).contains("$100.00B");
        assertThat(lineWith(out, "Amazon")).doesNotContain("(circular)").contains("$38.00B");
    }

    @Test
    void csvIsExactWithTotalAndCircularRows() {
        String out = run("flows", "--format", "csv").out();

        assertThat(out).startsWith("\uFEFFbuyer,buyer_name,counterparty,counterparty_name,deals,out,in,net,currency,circular,"
                + "financed_percent,caveats\r\n");
        assertThat(lineWith(out, ",amazon,")).startsWith(
                "openai,OpenAI,amazon,Amazon (AWS),2,138000000000.00,50000000000.00,-88000000000.00,USD,true,36.23,");
        assertThat(lineWith(out, "circular,,")).startsWith("circular,,,,7,388000000000.00,63000000000.00,-325000000000.00,USD,true,16.24,");
        assertThat(lineWith(out, ",nvidia,")).contains(",USD,false,,");
        assertThat(lineWith(out, "total,,")).startsWith("total,,,,27,923900000000.00,163000000000.00,-760900000000.00,USD,,,");
    }

    @Test
    void jsonGivesExactStringsAndTheFinancedPercent() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("flows", "--party", "amazon", "--format", "json").out());

        assertThat(json.get("rows")).hasSize(1);
        JsonNode amazon = json.get("rows").get(0);
        assertThat(amazon.get("counterparty").asText()).isEqualTo("amazon");
        assertThat(amazon.get("out").asText()).isEqualTo("138000000000.00");
        assertThat(amazon.get("in").asText()).isEqualTo("50000000000.00");
        assertThat(amazon.get("net").asText()).isEqualTo("-88000000000.00");
        assertThat(amazon.get("circular").asBoolean()).isTrue();
        assertThat(amazon.get("financedPercent").asText()).isEqualTo("36.23");
        assertThat(json.get("circular").get("financedPercent").asText()).isEqualTo("36.23");
        assertThat(json.get("total").get("financedPercent").isNull()).isTrue();
        assertThat(json.get("asOf").isNull()).isTrue();
    }

    @Test
    void aFilterThatMatchesNothingSaysSo() {
        assertThat(run("flows", "--search", "no such deal anywhere").out()).contains("No deals match the filter.");
    }
}
