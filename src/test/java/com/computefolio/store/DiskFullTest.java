package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.testing.DealBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that runs out of room says the disk is full (not SQLite's "cannot commit - no transaction
 * is active") and leaves every table as it was. The full disk is made without mounting anything: the
 * connection's max_page_count is set just above the file's size, and SQLite then fails the write
 * with SQLITE_FULL exactly as it does when the disk has no room.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    @Test
    void anImportThatDoesNotFitSaysTheDiskIsFullAndWritesNothing() throws Exception {
        Path file = dir.resolve("register.db");
        Portfolio known = StoreTestData.knownPortfolio();
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(file)) {
            store.importAll(known.parties(), known.deals(), known.contextSeries());
        }
        var before = TableDump.of(file);
        List<Deal> many = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(DealBuilder.deal("filler-" + i).buyer(known.parties().get(0).id())
                    .counterparty(known.parties().get(1).id()).notes("x".repeat(400)).build());
        }

        try (JdbcPortfolioStore full = JdbcPortfolioStore.open(file, new NoRoomDialect(), new Migrations())) {
            assertThatThrownBy(() -> full.importAll(List.of(), many, List.of()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("the disk is full")
                    .hasMessageContaining("nothing was written");
        }

        assertThat(TableDump.of(file)).isEqualTo(before);
    }

    /** SQLite as the product sets it up, with no room left beyond a few pages. */
    private static final class NoRoomDialect implements SqlDialect {
        private final SqliteDialect sqlite = new SqliteDialect();

        @Override
        public Connection connect(Path file) throws SQLException {
            return sqlite.connect(file);
        }

        @Override
        public void configure(Connection connection) throws SQLException {
            sqlite.configure(connection);
        }

        @Override
        public void prepareForWrites(Connection connection) throws SQLException {
            sqlite.prepareForWrites(connection);
            try (Statement s = connection.createStatement();
                 var pages = s.executeQuery("PRAGMA page_count")) {
                pages.next();
                s.execute("PRAGMA max_page_count = " + (pages.getLong(1) + 8));
            }
        }

        @Override
        public void beginWrite(Connection connection) throws SQLException {
            sqlite.beginWrite(connection);
        }

        @Override
        public boolean isDiskFull(SQLException e) {
            return sqlite.isDiskFull(e);
        }

        @Override
        public String identityColumn() {
            return sqlite.identityColumn();
        }

        @Override
        public boolean isBusy(SQLException e) {
            return sqlite.isBusy(e);
        }

        @Override
        public boolean isNotADatabase(SQLException e) {
            return sqlite.isNotADatabase(e);
        }

        @Override
        public void backup(Connection connection, Path target) throws SQLException {
            sqlite.backup(connection, target);
        }

        @Override
        public Duration busyTimeout() {
            return sqlite.busyTimeout();
        }

        @Override
        public List<String> integrityProblems(Connection connection) throws SQLException {
            return sqlite.integrityProblems(connection);
        }

        @Override
        public String currentUser(Connection connection) throws SQLException {
            return sqlite.currentUser(connection);
        }

        @Override
        public long changeStamp(Connection connection) throws SQLException {
            return sqlite.changeStamp(connection);
        }
    }
}
