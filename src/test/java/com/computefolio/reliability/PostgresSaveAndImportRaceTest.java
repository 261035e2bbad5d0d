package com.computefolio.reliability;

import com.computefolio.testing.PostgresExtension;
import com.computefolio.testing.TestRegister;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link SaveAndImportRaceTest} on team databases: the import's checks run inside the write
 * transaction on PostgreSQL too (the advisory write lock), so a save and an older import never both win.
 */
@ExtendWith(PostgresExtension.class)
class PostgresSaveAndImportRaceTest extends SaveAndImportRaceTest {

    @Override
    protected TestRegister newRegister(Path folder, int round) {
        return TestRegister.postgres();
    }
}
