package com.computefolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.service.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseIsSeededWithTheCuratedDataOnce() {
        Path db = dir.resolve("nested/folder/register.db");
        int seededDeals;
        try (AppContext first = AppContext.open(db)) {
            assertThat(first.seeded()).isPresent();
            seededDeals = first.seeded().orElseThrow().dealsAdded();
            assertThat(first.portfolioService().portfolio().deals()).hasSize(seededDeals);
            assertThat(first.portfolioService().deal("aws-cloud-2025")).isPresent();
        }
        try (AppContext again = AppContext.open(db)) {
            assertThat(again.seeded()).isEmpty();
            assertThat(again.portfolioService().portfolio().deals()).hasSize(seededDeals);
            assertThat(again.databaseFile()).isEqualTo(db.toAbsolutePath());
        }
    }

    @Test
    void aFailedSeedLeavesNoDatabaseBehindSoTheNextStartTriesAgain() {
        Path db = dir.resolve("register.db");

        assertThatThrownBy(() -> AppContext.open(db, new CuratedData("/data/no-such-file.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-file.json");
        assertThat(db).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseIsAStorageFailureAndIsLeftAlone() throws IOException {
        Path db = Files.writeString(dir.resolve("notes.db"), "not a database ".repeat(100));

        assertThatThrownBy(() -> AppContext.open(db)).isInstanceOf(StorageException.class).hasMessageContaining("notes.db");
        assertThat(db).content().startsWith("not a database");
    }
}
