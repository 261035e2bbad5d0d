package com.computefolio.store;

import com.computefolio.testing.TestRegister;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every table of a database (a file or a team database), as text, for "nothing changed" comparisons. */
public final class TableDump {

    private TableDump() {
    }

    public static Map<String, List<String>> of(Path dbFile) throws SQLException {
        return of(TestRegister.sqlite(dbFile));
    }

    public static Map<String, List<String>> of(TestRegister register) throws SQLException {
        Map<String, List<String>> dump = new TreeMap<>();
        try (Connection c = register.rawConnection()) {
            List<String> tables = new ArrayList<>();
            // PostgreSQL: the register's own tables only, not the server's catalogues.
            String schema = c.getMetaData().getDatabaseProductName().contains("PostgreSQL") ? "public" : null;
            try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append(" | ");
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                dump.put(table, rows);
            }
        }
        return dump;
    }
}
