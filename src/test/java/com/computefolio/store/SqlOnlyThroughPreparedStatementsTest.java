package com.computefolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No value ever becomes part of SQL text: every statement is a PreparedStatement with ? parameters,
 * and SQL strings are joined only from constants.
 */
class SqlOnlyThroughPreparedStatementsTest {

    /**
     * Files that may use a plain Statement: the migration runner executes the static text of the
     * shipped scripts, and the dialect sets fixed pragmas.
     */
    private static final Set<String> STATEMENT_ALLOWED = Set.of(
            "src/main/java/com/computefolio/store/Migrations.java",
            "src/main/java/com/computefolio/store/SqliteDialect.java");

    @Test
    void theApplicationSourceBuildsNoSqlFromValues() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = file.toString().replace('\\', '/');
                violations.addAll(SqlUsageScanner.violations(name, Files.readString(file, StandardCharsets.UTF_8),
                        STATEMENT_ALLOWED.contains(name)));
            }
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void theAllowListNamesFilesThatExist() {
        for (String file : STATEMENT_ALLOWED) {
            assertThat(Path.of(file)).exists();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "c.createStatement().executeQuery(\"SELECT * FROM deal WHERE id = '\" + id + \"'\");",
        "String sql = \"DELETE FROM deal WHERE id = \" + id; c.prepareStatement(sql);",
        "c.prepareStatement(BASE + whereClause);",
        "c.prepareStatement(String.format(\"SELECT %s FROM deal\", column));",
        "String q = \"SELECT x FROM t WHERE y = %s\".formatted(v);",
        "String q = \"\"\"\n    UPDATE deal SET title = \"\"\" + title;",
        "s.execute(\"PRAGMA user_version = \" + version);",
        "String q = PREFIX + \" WHERE id = \" + deal.id();",
        "String q = \"INSERT INTO t VALUES (\" + values.get(0) + \")\";",
    })
    void sqlBuiltFromValuesIsFound(String code) {
        assertThat(SqlUsageScanner.violations("Bad.java", code, false)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "static final String Q = \"SELECT a, b\" + \" FROM t WHERE id = ?\";",
        "static final String R = Q + \" ORDER BY id\" + OTHER_CONSTANT + Other.QUALIFIED_CONSTANT;",
        "try (PreparedStatement p = c.prepareStatement(Q)) { p.setString(1, id); p.executeQuery(); }",
        "throw new StoreException(\"Could not \" + what + \" in \" + file);",
        "String message = \"deal \" + id + \": update failed\";",
        "// c.createStatement().execute(\"DELETE FROM t WHERE id = \" + id);",
        "return new SQLiteConfig().createConnection(\"jdbc:sqlite:\" + file.toAbsolutePath());",
        "for (String sql : script.statements()) { statement.execute(sql); }",
        "executor.execute(() -> dialogs.showError(messages.format(\"open.failed\", file), \"Could not open \" + file));",
        "tasks.execute(load(), done -> status.set(String.format(\"%d deals\", done.size())));",
    })
    void constantSqlAndOrdinaryStringsPass(String code) {
        assertThat(SqlUsageScanner.violations("Good.java", code, false)).isEmpty();
    }

    @Test
    void aPlainStatementIsAllowedOnlyInTheAllowList() {
        String code = "try (Statement s = c.createStatement()) { s.execute(\"PRAGMA foreign_keys = ON\"); }";

        assertThat(SqlUsageScanner.violations("Other.java", code, false)).hasSize(1);
        assertThat(SqlUsageScanner.violations("Migrations.java", code, true)).isEmpty();
    }
}
