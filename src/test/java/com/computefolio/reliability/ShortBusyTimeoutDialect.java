package com.computefolio.reliability;

import com.computefolio.store.SqlDialect;
import com.computefolio.store.SqliteDialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** SQLite exactly as the product sets it up, except that it gives up on a busy database after 200 ms. */
final class ShortBusyTimeoutDialect implements SqlDialect {

    static final Duration TIMEOUT = Duration.ofMillis(200);

    private final SqliteDialect sqlite = new SqliteDialect();

    @Override
    public Connection connect(Path file) throws SQLException {
        return sqlite.connect(file);
    }

    @Override
    public void configure(Connection connection) throws SQLException {
        sqlite.configure(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + TIMEOUT.toMillis());
        }
    }

    @Override
    public void prepareForWrites(Connection connection) throws SQLException {
        sqlite.prepareForWrites(connection);
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
        return TIMEOUT;
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
