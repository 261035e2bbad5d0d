package com.computefolio.store;

import com.computefolio.domain.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the fixture database of one released schema version, holding {@link StoreTestData#knownPortfolio()}.
 * Run it once when a schema version is released, with only the scripts up to that version, and check
 * the file in; never regenerate an old fixture with newer code:
 * {@code java -cp <test classpath> com.computefolio.store.SchemaFixtureWriter 1 src/test/resources/fixtures/schema-v1.db}
 */
public final class SchemaFixtureWriter {

    private SchemaFixtureWriter() {
    }

    public static void main(String[] args) throws Exception {
        int version = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        List<String> scripts = Migrations.SCRIPTS.subList(0, version);
        Clock releaseDay = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);
        Path work = Files.createTempDirectory("fixture");
        Portfolio known = StoreTestData.knownPortfolio();
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(work.resolve("work.db"), new SqliteDialect(),
                new Migrations(scripts, releaseDay))) {
            // From schema 2 on a context series names its company; the fixtures hold the main buyer, as an upgrade gives.
            var series = version < 2 ? known.contextSeries()
                    : known.contextSeries().stream().map(c -> c.withParty(StoreTestData.mainBuyerOfKnownPortfolio())).toList();
            store.importAll(known.parties(), known.deals(), series);
            store.setName(known.name());
            // A compact single file (no WAL beside it) is what gets checked in.
            store.backupTo(target);
        }
    }
}
