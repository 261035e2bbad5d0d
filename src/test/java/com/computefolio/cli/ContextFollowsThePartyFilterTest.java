package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a context series belongs to a company, and the party filters apply to it. OpenAI's revenue is drawn
 * beside OpenAI's deals (also when the filter names only their counterparty), never beside Anthropic's alone.
 */
class ContextFollowsThePartyFilterTest {

    @TempDir
    Path home;

    private CuratedCommandLine curated;

    @BeforeEach
    void seed() {
        curated = CuratedCommandLine.initIn(home);
        curated.ok("import", "data/ai-buyers-portfolio.json");
    }

    private String chart(String... filter) throws Exception {
        Path svg = home.resolve("chart-" + System.nanoTime() + ".svg");
        java.util.List<String> all = new java.util.ArrayList<>(
                java.util.List.of("chart", "--type", "commitments", "--overlay", "revenue", "--out", svg.toString()));
        all.addAll(java.util.List.of(filter));
        curated.ok(all.toArray(String[]::new));
        return Files.readString(svg);
    }

    @Test
    void withoutAPartyFilterTheContextIsDrawn() throws Exception {
        assertThat(chart()).contains("OpenAI revenue");
    }

    @Test
    void theBuyersOwnContextIsDrawnBesideItsDeals() throws Exception {
        assertThat(chart("--buyer", "openai")).contains("OpenAI revenue");
        assertThat(chart("--counterparty", "microsoft", "--buyer", "openai")).contains("OpenAI revenue");
    }

    @Test
    void anotherCompanysContextIsNotDrawnBesideAnthropicsDeals() throws Exception {
        assertThat(chart("--buyer", "anthropic")).doesNotContain("OpenAI revenue");
    }

    @Test
    void anExcludedCompanysContextIsNotDrawn() throws Exception {
        assertThat(chart("--not-party", "openai")).doesNotContain("OpenAI revenue");
    }
}
