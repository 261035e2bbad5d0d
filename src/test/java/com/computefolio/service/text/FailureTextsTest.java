package com.computefolio.service.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.DatabaseAddressException;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.io.DiskFullException;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.StorageException;
import com.computefolio.store.PostgresAddress;
import com.computefolio.store.StoreException;
import com.computefolio.testing.EnglishLeft;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each family of library failure (the JDK's files, SQLite, PostgreSQL) comes out as a sentence of the reader's
 * language with the file or name as written, and never as the library's English in an Arabic line (issue 16).
 */
class FailureTextsTest {
    private static final String FILE = "/data/deals.json";
    private static final String DB = "/data/register.db";

    private final FailureTexts arabic = new FailureTexts(Texts.arabic());
    private final FailureTexts english = new FailureTexts(Texts.english());

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new NoSuchFileException(FILE), ProblemKey.REASON_NO_SUCH_FILE, FILE + " does not exist"),
                Arguments.of(new AccessDeniedException(FILE), ProblemKey.REASON_ACCESS_DENIED,
                        "permission denied: " + FILE + " cannot be read or written by this user"),
                Arguments.of(new FileAlreadyExistsException(FILE), ProblemKey.REASON_FILE_EXISTS, FILE + " already exists"),
                Arguments.of(new NotDirectoryException(FILE), ProblemKey.REASON_NOT_A_FOLDER, FILE + " is not a folder"),
                Arguments.of(new DirectoryNotEmptyException("/data"), ProblemKey.REASON_FOLDER_NOT_EMPTY, "the folder /data is not empty"),
                Arguments.of(new FileSystemException(FILE, null, "No space left on device"), ProblemKey.REASON_DISK_FULL,
                        "the disk is full; nothing was written. Free some space and try again"),
                Arguments.of(new FileSystemException(FILE, null, "Is a directory"), ProblemKey.REASON_IS_A_FOLDER,
                        FILE + " is a folder, not a file"),
                Arguments.of(new FileSystemException(FILE, null, "Read-only file system"), ProblemKey.REASON_READ_ONLY_FILE_SYSTEM,
                        FILE + " is on a read-only disk"),
                Arguments.of(new FileNotFoundException(FILE + " (Permission denied)"), ProblemKey.REASON_ACCESS_DENIED,
                        "permission denied: " + FILE + " cannot be read or written by this user"),
                Arguments.of(new UncheckedIOException(new MalformedInputException(1)), ProblemKey.REASON_NOT_UTF8,
                        "the bytes are not valid UTF-8 (save the file as UTF-8)"),
                Arguments.of(new DiskFullException(Path.of(FILE), new IOException("write failed")), ProblemKey.REASON_DISK_FULL,
                        "the disk is full; nothing was written. Free some space and try again"),
                Arguments.of(new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)", null, 5),
                        ProblemKey.REASON_DATABASE_BUSY, "the database is busy: another Computefolio or tool is writing to it;"
                                + " try again when it has finished"),
                Arguments.of(new SQLException("[SQLITE_BUSY_SNAPSHOT] Another database connection has already written", null, 517),
                        ProblemKey.REASON_DATABASE_BUSY, null),
                Arguments.of(new SQLException("[SQLITE_CORRUPT] The database disk image is malformed", null, 11),
                        ProblemKey.REASON_DATABASE_DAMAGED, "the database file is damaged"),
                Arguments.of(new SQLException("[SQLITE_NOTADB] File opened that is not a database file (file is not a database)", null, 26),
                        ProblemKey.REASON_NOT_A_DATABASE, null),
                Arguments.of(new SQLException("[SQLITE_READONLY] Attempt to write a readonly database", null, 8),
                        ProblemKey.REASON_DATABASE_READ_ONLY, "the database can only be read here, not written"),
                Arguments.of(new SQLException("[SQLITE_FULL] Insertion failed because database is full", null, 13),
                        ProblemKey.REASON_DISK_FULL, null),
                Arguments.of(new SQLException("Connection to localhost:5999 refused. Check that the hostname and port are correct",
                        "08001"), ProblemKey.REASON_SERVER_REFUSED, null),
                Arguments.of(new SQLException("The connection attempt failed.", "08001", new ConnectException("Connection refused")),
                        ProblemKey.REASON_SERVER_REFUSED, null),
                Arguments.of(new SQLException("The connection attempt failed.", "08001", new UnknownHostException("db.example")),
                        ProblemKey.REASON_UNKNOWN_HOST, "the server name \"db.example\" cannot be found"),
                Arguments.of(new SQLException("FATAL: password authentication failed for user \"ana\"", "28P01"),
                        ProblemKey.REASON_LOGIN_REFUSED, null),
                Arguments.of(new SQLException("FATAL: database \"deals\" does not exist", "3D000"),
                        ProblemKey.REASON_NO_SUCH_DATABASE, "the server has no database called \"deals\""),
                Arguments.of(new SQLException("ERROR: canceling statement due to statement timeout", "57014"),
                        ProblemKey.REASON_TIMED_OUT, "the database server did not answer in time"),
                Arguments.of(new SQLException("An I/O error occurred while sending to the backend.", "08006"),
                        ProblemKey.REASON_CONNECTION_LOST, "the connection to the database server was lost"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachFamilyIsSaidInBothLanguagesWithTheFileOrNameAsWritten(Throwable failure, ProblemKey key, String englishText) {
        ProblemText reason = FailureTexts.reason(failure);

        assertThat(reason.key()).isEqualTo(key);
        if (englishText != null) {
            assertThat(english.say(failure)).isEqualTo(englishText);
        }
        String said = arabic.say(failure);
        EnglishLeft.assertNoEnglishIn(said, FILE, "/data", "db.example", "deals");
    }

    @Test
    void whatFailedComesFromTheExceptionThatSaysSoAndWhyFromTheLibrarysCause() {
        StorageException failure = new StorageException("cannot open database " + DB + ": [SQLITE_BUSY] locked",
                ProblemText.say(ProblemKey.CANNOT_OPEN_DATABASE, DB),
                new StoreException("Cannot open " + DB, new SQLException("[SQLITE_BUSY] The database file is locked", null, 5)));

        assertThat(english.say(failure)).isEqualTo("Cannot open " + DB + ": the database is busy: another Computefolio or tool"
                + " is writing to it; try again when it has finished");
        assertThat(arabic.say(failure)).startsWith("تعذّر فتح " + DB + ": قاعدة البيانات مشغولة");
    }

    @Test
    void anUnknownFailureKeepsTheLibrarysTextOnlyAsDetailsIntroducedInTheReadersLanguage() {
        IllegalStateException odd = new IllegalStateException("Something odd happened", new SQLException("[SQLITE_ERROR] no such table: x", null, 1));

        assertThat(english.say(odd)).isEqualTo("Something odd happened: [SQLITE_ERROR] no such table: x");
        assertThat(arabic.say(odd)).isEqualTo("التفاصيل كما وردت: Something odd happened: [SQLITE_ERROR] no such table: x");
    }

    @Test
    void aWriteThatMetAnotherEditNamesTheDealAndBothVersionsInTheReadersDigits() {
        ConcurrentEditException conflict = new ConcurrentEditException("openai-aws", 3, 4);

        assertThat(english.say(conflict)).isEqualTo(conflict.getMessage());
        assertThat(new FailureTexts(Texts.arabic().withDigits(Digits.ARABIC_INDIC)).say(conflict))
                .isEqualTo("عُدّلت الصفقة openai-aws في مكان آخر (نسختها الآن ٤ ونسختك ٣)");
    }

    @Test
    void anAddressOfAnotherKindOfDatabaseIsRefusedInTheReadersWords() {
        IllegalArgumentException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> PostgresAddress.parse("mysql://db.example/deals", java.util.Map.of()), IllegalArgumentException.class);
        DatabaseAddressException failure = new DatabaseAddressException("cannot use the database address: " + refused.getMessage(), refused);

        assertThat(english.say(failure)).isEqualTo(failure.getMessage());
        assertThat(arabic.say(failure)).isEqualTo("تعذّر استخدام عنوان قاعدة البيانات: قواعد البيانات من نوع «mysql» غير مدعومة،"
                + " فالخيار --db يقبل مسار ملف أو postgresql://HOST[:PORT]/DATABASE");
    }

    @Test
    void whatFailedIsSaidOnceWhenTheStoreAndTheAppBothSaySo() {
        StorageException failure = new StorageException("cannot open database " + DB + ": not a database",
                ProblemText.say(ProblemKey.CANNOT_OPEN_DATABASE, DB),
                new StoreException(DB + " is not a Computefolio database", ProblemText.say(ProblemKey.FAILURE_WITH_REASON,
                        ProblemText.say(ProblemKey.CANNOT_OPEN_DATABASE, DB), ProblemText.say(ProblemKey.REASON_NOT_A_DATABASE)),
                        new SQLException("[SQLITE_NOTADB] file is not a database", null, 26)));

        assertThat(english.say(failure)).isEqualTo("Cannot open " + DB + ": the file is not a Computefolio database: it is not"
                + " a SQLite file, or it is damaged");
        assertThat(arabic.say(failure)).isEqualTo("تعذّر فتح " + DB + ": الملف ليس قاعدة بيانات Computefolio، فهو ليس ملف SQLite"
                + " أو أنه تالف");
    }
}
