package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every released schema version has a checked-in database (written by {@link SchemaFixtureWriter});
 * the current code must open each one, upgrading it if needed, without losing anything.
 */
class SchemaFixturesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aDatabaseOfEveryReleasedSchemaOpensWithNothingLost(int version) throws Exception {
        Path copy = copyOfFixture(version);

        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(copy)) {
            assertThat(store.migration().fromVersion()).isEqualTo(version);
            if (version < new Migrations().latestVersion()) {
                assertThat(store.migration().backup()).as("a copy taken before the upgrade").exists();
            }
            assertThat(store.schemaVersion()).isEqualTo(new Migrations().latestVersion());
            assertThat(store.load()).isEqualTo(knownWithVersion1());
        }
        try (JdbcPortfolioStore reopened = JdbcPortfolioStore.open(copy)) {
            assertThat(reopened.load()).isEqualTo(knownWithVersion1());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void anUpgradedFixtureStillTakesWrites(int version) throws Exception {
        Path copy = copyOfFixture(version);

        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(copy)) {
            var deal = store.loadDeal("openai-aws-cloud").orElseThrow();
            assertThat(store.saveDeal(deal, false).version()).isEqualTo(2);
            store.deleteDeal("nvidia-openai-equity", 1);
            assertThat(store.load().deals()).extracting(d -> d.id()).containsExactly("openai-aws-cloud");
        }
    }

    private Path copyOfFixture(int version) throws IOException {
        Path copy = dir.resolve("schema-v" + version + ".db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/schema-v" + version + ".db")) {
            assertThat(in).as("fixture for schema version " + version).isNotNull();
            Files.copy(in, copy);
        }
        return copy;
    }

    /**
     * The known portfolio as stored: every deal at version 1, and its context series describing the
     * register's main buyer (schema 1 had no party; the upgrade to schema 2 names the main buyer,
     * and the schema 2 fixture was written with it).
     */
    private static Portfolio knownWithVersion1() {
        Portfolio known = StoreTestData.knownPortfolio();
        String mainBuyer = StoreTestData.mainBuyerOfKnownPortfolio();
        return new Portfolio(known.name(), known.parties(), known.deals().stream().map(d -> d.withVersion(1)).toList(),
                known.contextSeries().stream().map(s -> s.withParty(mainBuyer)).toList());
    }
}
