package com.computefolio.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of everything a database holds: every row of every table, rows sorted, as SHA-256.
 * Two databases with the same rows have the same digest whatever their page layout, so the crash
 * test can tell "the state before this operation" from "the state after it" and from anything else.
 * Read through plain JDBC, independent of the store under test.
 */
final class RegisterDigest {

    private RegisterDigest() {
    }

    static String of(Path dbFile) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath())) {
            return of(c);
        }
    }

    static String of(Connection c) throws SQLException {
        MessageDigest sha = sha256();
        for (String table : tables(c)) {
            sha.update(("table " + table + "\n").getBytes(StandardCharsets.UTF_8));
            for (String row : rows(c, table)) {
                sha.update(row.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
    }

    /** SQLite's own consistency check: the rows it reports, "ok" alone when the file is sound. */
    static List<String> integrityCheck(Connection c) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static final String WRITE_TIME = "at_utc";

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    // An audit entry's time is when it committed: the twin that predicts a state cannot know it.
                    String value = WRITE_TIME.equalsIgnoreCase(meta.getColumnName(i)) ? "" : rs.getString(i);
                    row.append(value == null ? "\u2400" : value.replace("\\", "\\\\").replace("|", "\\|")).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
