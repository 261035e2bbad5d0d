package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.testing.EnglishLeft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --lang ar} a failure of a file, of the database or of the JSON parser is one Arabic line, with the
 * paths as written and no English sentence from a library (issue 16); in English the same failures read clearly too.
 */
class ArabicFailuresCommandLineTest {
    @TempDir
    Path home;

    private CliRunner cli;
    private String db;

    @BeforeEach
    void register() {
        cli = new CliRunner(home);
        db = home.resolve("register.db").toString();
        assertThat(cli.run("--db", db, "init").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aMissingBackupIsSaidInArabic() {
        String missing = home.resolve("missing.db").toString();

        CliRunner.Result r = cli.run("--lang", "ar", "--db", db, "restore", missing);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORAGE);
        assertThat(r.err()).contains("تعذّرت الاستعادة من " + missing + "، فلا يوجد ملف بهذا الاسم.");
        EnglishLeft.assertNoEnglishIn(r.err(), missing);
    }

    @Test
    void aMalformedJsonFileIsSaidInArabicWithItsLineAndColumnAndTheCharacterQuoted() throws IOException {
        Path bad = Files.writeString(home.resolve("bad.json"), "{\"format\": \"computefolio-portfolio\" \"deals\": []}",
                StandardCharsets.UTF_8);

        CliRunner.Result ar = cli.run("--lang", "ar", "--db", db, "validate", bad.toString());
        CliRunner.Result en = cli.run("--lang", "en", "--db", db, "validate", bad.toString());

        assertThat(ar.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(ar.err()).contains(bad + ":1:37:").contains("حرف غير متوقع «\"» في موضع فاصلة بين مدخلات الكائن");
        EnglishLeft.assertNoEnglishIn(ar.err(), bad.toString());
        assertThat(en.err()).contains(bad + ":1:37: Malformed JSON: unexpected character '\"' where a comma between the"
                + " entries of an object belongs.");
    }

    @Test
    void aFileThatIsNotADatabaseIsSaidInArabic() throws IOException {
        Path text = Files.writeString(home.resolve("notes.db"), "not a database, only text. ".repeat(200), StandardCharsets.UTF_8);

        CliRunner.Result ar = cli.run("--lang", "ar", "--db", text.toString(), "list");
        CliRunner.Result en = cli.run("--lang", "en", "--db", text.toString(), "list");

        assertThat(ar.exitCode()).isEqualTo(ExitCodes.STORAGE);
        assertThat(ar.err()).contains("تعذّر فتح " + text + ": الملف ليس قاعدة بيانات Computefolio");
        EnglishLeft.assertNoEnglishIn(ar.err(), text.toString());
        assertThat(en.err()).contains("Cannot open " + text + ": the file is not a Computefolio database");
    }

    @Test
    void aDatabaseLockedByAnotherProgramIsSaidInArabic() throws IOException, SQLException {
        CliRunner.Result r;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = other.createStatement()) {
            // Another program holds the write lock past the busy timeout. A delete waits the store's five seconds
            // (an import would wait two minutes for another import to commit).
            s.execute("BEGIN EXCLUSIVE");
            r = cli.run("--lang", "ar", "--db", db, "delete", "aws-cloud-2025");
            s.execute("ROLLBACK");
        }

        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORAGE);
        assertThat(r.err()).contains("قاعدة البيانات مشغولة");
        EnglishLeft.assertNoEnglishIn(r.err(), db, "aws-cloud-2025");
    }

    @Test
    void aRefusedServerConnectionIsSaidInArabic() {
        String address = "postgresql://analyst@127.0.0.1:1/deals";

        CliRunner.Result r = cli.run("--lang", "ar", "--db", address, "list");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORAGE);
        assertThat(r.err()).contains("رفض خادم قاعدة البيانات الاتصال");
        EnglishLeft.assertNoEnglishIn(r.err(), address);
    }
}
