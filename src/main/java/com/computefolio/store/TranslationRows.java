package com.computefolio.store;

import com.computefolio.domain.Translations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rows of parties' and deals' translations (schema 3, ADR 34): one row per owner, language and field.
 * A written owner's rows are replaced whole, so a translation removed in a file or an edit goes from the
 * register too; a deleted deal or party takes its rows with it (ON DELETE CASCADE).
 */
final class TranslationRows {

    /** Whose translations: each owner's statements, written out whole (no SQL is ever put together from values). */
    enum Owner {
        PARTY("SELECT party_id, language, field, text FROM party_translation",
                "SELECT party_id, language, field, text FROM party_translation WHERE party_id = ?",
                "DELETE FROM party_translation WHERE party_id = ?",
                "INSERT INTO party_translation (party_id, language, field, text) VALUES (?, ?, ?, ?)"),
        DEAL("SELECT deal_id, language, field, text FROM deal_translation",
                "SELECT deal_id, language, field, text FROM deal_translation WHERE deal_id = ?",
                "DELETE FROM deal_translation WHERE deal_id = ?",
                "INSERT INTO deal_translation (deal_id, language, field, text) VALUES (?, ?, ?, ?)");

        private final String selectAll;
        private final String selectOne;
        private final String delete;
        private final String insert;

        Owner(String selectAll, String selectOne, String delete, String insert) {
            this.selectAll = selectAll;
            this.selectOne = selectOne;
            this.delete = delete;
            this.insert = insert;
        }
    }

    private TranslationRows() {
    }

    /** Every owner's translations by owner id (owners without any are absent). */
    static Map<String, Translations> readAll(Connection connection, Owner owner) throws SQLException {
        return read(connection, owner.selectAll, null);
    }

    /** One owner's translations. */
    static Translations readOne(Connection connection, Owner owner, String id) throws SQLException {
        return read(connection, owner.selectOne, id).getOrDefault(id, Translations.NONE);
    }

    private static Map<String, Translations> read(Connection connection, String sql, String id) throws SQLException {
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
        replace(connection, owner, owners, id, translations, one -> true);
    }

    /**
     * As {@link #replace(Connection, Owner, List, Function, Function)}, deleting rows only for the owners
     * {@code mayHaveRows} names: an owner written for the first time has none (its rows go with it, ON
     * DELETE CASCADE), and a large import of new deals spent one DELETE statement per deal for nothing.
     */
    static <T> void replace(Connection connection, Owner owner, List<T> owners, Function<T, String> id,
                            Function<T, Translations> translations, Predicate<T> mayHaveRows) throws SQLException {
        try (Batch delete = new Batch(connection, owner.delete);
             Batch insert = new Batch(connection, owner.insert)) {
            for (T one : owners) {
                String ownerId = id.apply(one);
                if (mayHaveRows.test(one)) {
                    delete.text(ownerId).add();
                }
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
