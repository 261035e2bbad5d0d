package com.computefolio.io.archfixtures;

import java.sql.Connection;

/** Breaks io's allow-list on purpose (ArchitectureRulesTest): a file reader that talks to the database. */
public final class OpensTheDatabase {
    private Connection connection;

    public Connection connection() {
        return connection;
    }
}
