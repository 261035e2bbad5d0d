package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.testing.PostgresExtension;
import com.computefolio.testing.TestRegister;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store contract on a team database of the throwaway PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresJdbcPortfolioStoreTest extends JdbcPortfolioStoreContract {

    @Override
    protected TestRegister newRegister(Path folder) {
        return TestRegister.postgres();
    }

    @Test
    void aTeamDatabaseIsNotCopiedAsAFileAndSaysHowToBackItUp() {
        assertThatThrownBy(() -> store.backupTo(dir.resolve("copy.db")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("pg_dump").hasMessageContaining("backup command");
        assertThat(dir.resolve("copy.db")).doesNotExist();
    }
}
