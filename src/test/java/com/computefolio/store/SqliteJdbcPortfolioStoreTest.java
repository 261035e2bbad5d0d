package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Portfolio;
import com.computefolio.testing.TestRegister;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The store contract on a SQLite file, and what only a file can do (a backup that is a copy of it). */
class SqliteJdbcPortfolioStoreTest extends JdbcPortfolioStoreContract {

    @Override
    protected TestRegister newRegister(Path folder) {
        return TestRegister.sqlite(folder.resolve("nested/folder/register.db"));
    }

    @Test
    void aBackupOpensWithTheSameContent() throws Exception {
        Portfolio known = StoreTestData.knownPortfolio();
        store.importAll(known.parties(), known.deals(), known.contextSeries());
        Path backup = dir.resolve("backups/copy.db");

        store.backupTo(backup);
        store.backupTo(backup);

        try (JdbcPortfolioStore copy = JdbcPortfolioStore.open(backup)) {
            assertThat(copy.load().deals()).isEqualTo(store.load().deals());
            assertThat(copy.load().contextSeries()).isEqualTo(store.load().contextSeries());
            assertThat(copy.load().parties()).isEqualTo(store.load().parties());
            assertThat(copy.schemaVersion()).isEqualTo(store.schemaVersion());
        }
        assertThat(backup.getParent()).isDirectoryNotContaining("glob:**.tmp");
    }}
