package com.computefolio.reliability;

import com.computefolio.testing.PostgresExtension;
import com.computefolio.testing.TestRegister;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ConcurrentEditsTest} with the two windows on one team database (two connections to the server). */
@ExtendWith(PostgresExtension.class)
class PostgresConcurrentEditsTest extends ConcurrentEditsTest {

    @Override
    protected TestRegister sharedRegister(Path folder) {
        return TestRegister.postgres();
    }
}
