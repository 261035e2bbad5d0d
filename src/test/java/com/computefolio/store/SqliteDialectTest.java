package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDialectTest {

    @TempDir
    Path dir;

    private final SqliteDialect dialect = new SqliteDialect();

    @Test
    void eachConnectionHasForeignKeysWalFullSyncAndABusyTimeout() throws SQLException {
        try (Connection c = dialect.connect(dir.resolve("a.db"))) {
            dialect.configure(c);
            dialect.prepareForWrites(c);

            assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "synchronous")).isEqualTo("2");
            assertThat(pragma(c, "busy_timeout")).isEqualTo("5000");
        }
    }

    @Test
    void configuringAConnectionLeavesTheFileAsItWasUntilItIsPreparedForWrites() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = dialect.connect(file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE other_program (x INTEGER)");
        }
        byte[] before = java.nio.file.Files.readAllBytes(file);
        try (Connection c = dialect.connect(file)) {
            dialect.configure(c);
            assertThat(pragma(c, "journal_mode")).isEqualTo("delete");
        }

        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aWriteLockHeldElsewhereIsRecognisedAsBusy() throws SQLException {
        Path file = dir.resolve("b.db");
        try (Connection holder = dialect.connect(file); Connection other = dialect.connect(file)) {
            dialect.configure(holder);
            dialect.configure(other);
            try (Statement s = holder.createStatement(); Statement t = other.createStatement()) {
                s.execute("CREATE TABLE t (x INTEGER)");
                t.execute("PRAGMA busy_timeout = 0");
                holder.setAutoCommit(false);
                s.execute("INSERT INTO t (x) VALUES (1)");

                assertThatThrownBy(() -> t.execute("INSERT INTO t (x) VALUES (2)"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(dialect.isBusy(e)).isTrue());
                holder.rollback();
            }
        }
    }

    @Test
    void otherFailuresAreNotBusy() throws SQLException {
        try (Connection c = dialect.connect(dir.resolve("c.db")); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("SELECT * FROM missing"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(dialect.isBusy(e)).isFalse();
                        assertThat(dialect.isNotADatabase(e)).isFalse();
                    });
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
