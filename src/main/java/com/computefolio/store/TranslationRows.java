package com.computefolio.store;

import com.computefolio.domain.Translations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of parties' and deals' translations (schema 3, ADR 34): one row per owner, language and field.
 * A written owner's rows are replaced whole, so a translation removed in a file or an edit goes from the
 * register too; a deleted deal or party takes its rows with it (ON DELETE CASCADE).
 */
final class TranslationRows {

    /** Whose translations: the table and its owner column are fixed names, never text from a file. */
    enum Owner {
        PARTY("party_translation", "party_id"),
        DEAL("deal_translation", "deal_id");

        private final String table;
        private final String column;

        Owner(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private TranslationRows() {
    }

    /** Every owner's translations by owner id (owners without any are absent). */
    static Map<String, Translations> readAll(Connection connection, Owner owner) throws SQLException {
        return read(connection, owner, "SELECT " + owner.column + ", language, field, text FROM " + owner.table, null);
    }

    /** One owner's translations. */
    static Translations readOne(Connection connection, Owner owner, String id) throws SQLException {
        return read(connection, owner, "SELECT " + owner.column + ", language, field, text FROM " + owner.table
                + " WHERE " + owner.column + " = ?", id).getOrDefault(id, Translations.NONE);
    }

    private static Map<String, Translations> read(Connection connection, Owner owner, String sql, String id) throws SQLException {
        Map<String, Map<String, Map<String, String>>> rows = new HashMap<>();
        Rows.query(connection, sql, id, row -> rows.computeIfAbsent(row.getString(1), k -> new HashMap<>())
                .computeIfAbsent(row.getString(2), k -> new HashMap<>()).put(row.getString(3), row.getString(4)));
        Map<String, Translations> translations = new HashMap<>();
        rows.forEach((ownerId, byLanguage) -> translations.put(ownerId, new Translations(byLanguage)));
        return translations;
    }

    /** Replaces the stored translations of each owner with its own (none, when it has none). */
    static <T> void replace(Connection connection, Owner owner, List<T> owners, Function<T, String> id,
                            Function<T, Translations> translations) throws SQLException {
        try (Batch delete = new Batch(connection, "DELETE FROM " + owner.table + " WHERE " + owner.column + " = ?");
             Batch insert = new Batch(connection, "INSERT INTO " + owner.table + " (" + owner.column
                     + ", language, field, text) VALUES (?, ?, ?, ?)")) {
            for (T one : owners) {
                String ownerId = id.apply(one);
                delete.text(ownerId).add();
                for (Map.Entry<String, Map<String, String>> language : translations.apply(one).byLanguage().entrySet()) {
                    for (Map.Entry<String, String> field : language.getValue().entrySet()) {
                        insert.text(ownerId).text(language.getKey()).text(field.getKey()).text(field.getValue()).add();
                    }
                }
            }
            delete.flush();
            insert.flush();
        }
    }
}
