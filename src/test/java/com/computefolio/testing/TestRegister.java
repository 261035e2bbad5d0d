package com.computefolio.testing;

import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.store.Migrations;
import com.computefolio.store.PostgresAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where one test's register lives, so that the same assertions run on both stores: a SQLite file, or
 * a fresh database in the JVM's throwaway {@link PostgresServer}. Each {@link #open()} is a new
 * connection to the same register (as a second window or process would make).
 */
public interface TestRegister {

    /** Opens (creating on first use) the register. */
    JdbcPortfolioStore open();

    /** A plain JDBC connection to the register's database, for reading its tables directly. */
    Connection rawConnection() throws SQLException;

    /** What messages call the register's database: its file name or its database name. */
    String name();

    /** A register in a file (which need not exist yet). */
    static TestRegister sqlite(Path file) {
        return new TestRegister() {
            @Override
            public JdbcPortfolioStore open() {
                return JdbcPortfolioStore.open(file);
            }

            @Override
            public Connection rawConnection() throws SQLException {
                return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            }

            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public String toString() {
                return "SQLite " + file;
            }
        };
    }

    /** A register in a new, empty database of the throwaway PostgreSQL server. */
    static TestRegister postgres() {
        PostgresServer server = PostgresServer.shared();
        PostgresAddress address = server.createDatabase();
        return new TestRegister() {
            @Override
            public JdbcPortfolioStore open() {
                return JdbcPortfolioStore.open(server.dialect(address), new Migrations());
            }

            @Override
            public Connection rawConnection() throws SQLException {
                return server.dialect(address).connect();
            }

            @Override
            public String name() {
                return address.database();
            }

            @Override
            public String toString() {
                return "PostgreSQL " + address;
            }
        };
    }
}
