package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.AppPaths;
import com.computefolio.cli.Cli;
import com.computefolio.cli.CliMessages;
import com.computefolio.domain.Deal;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.DealBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes a file, pointed at the open register by every way a path can lead
 * there: the database, its SQLite working files, its backups folder, links of both kinds, a link
 * to its folder, a relative path through {@code ..}, and a link whose target (the write-ahead log)
 * does not exist yet. Each is refused with exit code 2 and a message naming the file, and the
 * register is left byte for byte, still opening with the same deals.
 */
class OutputOverRegisterTest {

    private record Result(int exitCode, String out, String err) {
    }

    /** A way to a protected file, made on disk by {@link #make}. */
    private enum Attack {
        THE_DATABASE, WRITE_AHEAD_LOG, SHARED_MEMORY, JOURNAL, IN_THE_BACKUPS_FOLDER, A_BACKUP_COPY, SYMLINK_TO_THE_DATABASE,
        SYMLINK_TO_ITS_FOLDER, HARD_LINK_TO_THE_DATABASE, RELATIVE_WITH_DOTDOT, DANGLING_SYMLINK_TO_THE_LOG,
        SYMLINK_TO_THE_BACKUPS_FOLDER
    }

    /** A command that writes one file, given that file. */
    private enum Command {
        EXPORT_JSON("export", "--format", "json", "--out"),
        EXPORT_CSV("export", "--format", "csv", "--out"),
        CHART_SVG("chart", "--format", "svg", "--out"),
        CHART_PDF("chart", "--format", "pdf", "--out"),
        CHART_PNG("chart", "--format", "png", "--out"),
        REPORT_PDF("report", "--out"),
        BACKUP("backup", "--out");

        private final List<String> args;

        Command(String... args) {
            this.args = List.of(args);
        }
    }

    @TempDir
    Path dir;

    private Path db;
    private byte[] registerBytes;
    private String registerDigest;
    private List<Deal> registerDeals;

    @BeforeEach
    void createRegister() throws Exception {
        db = Files.createDirectories(dir.resolve("data")).resolve("register.db");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            CrashWorker.PARTIES.forEach(store::saveParty);
            store.saveDeal(DealBuilder.deal("kept").build(), false);
            store.saveDeal(DealBuilder.deal("also-kept").title("=HYPERLINK(\"x\")").build(), false);
        }
        // A harmless read first, so that the bytes compared are those of a register the command line has opened.
        assertThat(run("list").exitCode()).isZero();
        Files.createDirectories(dir.resolve("data/register.db.backups"));
        Files.writeString(dir.resolve("data/register.db.backups/computefolio-20260101-120000.db"), "an automatic copy");
        registerBytes = Files.readAllBytes(db);
        registerDigest = RegisterDigest.of(db);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            registerDeals = store.load().deals();
        }
        registerBytes = Files.readAllBytes(db);
    }

    static Stream<Arguments> everyCommandByEveryWay() {
        List<Arguments> cases = new ArrayList<>();
        for (Command command : Command.values()) {
            for (Attack attack : Attack.values()) {
                cases.add(Arguments.of(command, attack));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("everyCommandByEveryWay")
    void isRefusedWithAUsageErrorAndTheRegisterIsLeftAsItWas(Command command, Attack attack) throws Exception {
        String target = make(attack, command == Command.REPORT_PDF ? ".pdf" : ".out");

        List<String> args = new ArrayList<>(command.args);
        args.add(target);
        Result result = run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        if (command == Command.REPORT_PDF && !target.endsWith(".pdf")) {
            // Refused earlier, by name: the report is a PDF, and the register's files are not named so.
            assertThat(result.err()).contains("The report is a PDF", target);
        } else {
            assertThat(result.err()).contains("Refusing to write", target, "Nothing was written");
        }
        assertThat(result.out()).isEmpty();
        assertRegisterUnchanged();
    }

    @ParameterizedTest(name = "report pack in {0}")
    @MethodSource("packFolders")
    void aReportPackThatWouldLandOnTheRegisterWritesNoFileAtAll(String how) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        Path pack = packFolder(how);

        Result result = run("report", "--out", pdf.toString(), "--pack", pack.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("Refusing to write the report pack");
        assertThat(pdf).doesNotExist();
        assertRegisterUnchanged();
    }

    static Stream<String> packFolders() {
        return Stream.of("the backups folder", "a link to the backups folder", "a folder inside the backups folder",
                "a pack file linked to the database", "a pack file hard linked to the database",
                "a pack file linked to the write-ahead log");
    }

    private Path packFolder(String how) throws IOException {
        Path backups = dir.resolve("data/register.db.backups");
        return switch (how) {
            case "the backups folder" -> backups;
            case "a link to the backups folder" -> Files.createSymbolicLink(dir.resolve("pack-link"), backups);
            case "a folder inside the backups folder" -> backups.resolve("pack");
            default -> {
                // The pack's file names come from a first report, in a folder of its own.
                Path probe = dir.resolve("probe");
                assertThat(run("report", "--out", dir.resolve("probe.pdf").toString(), "--pack", probe.toString()).exitCode()).isZero();
                String firstName;
                try (Stream<Path> files = Files.list(probe)) {
                    firstName = files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
                }
                Path pack = Files.createDirectory(dir.resolve("pack"));
                Path planted = pack.resolve(firstName);
                if (how.contains("hard")) {
                    Files.createLink(planted, db);
                } else if (how.contains("write-ahead")) {
                    Files.createSymbolicLink(planted, db.resolveSibling("register.db-wal"));
                } else {
                    Files.createSymbolicLink(planted, db);
                }
                yield pack;
            }
        };
    }

    /** Makes the way to a protected file and returns the path to give the command. */
    private String make(Attack attack, String extension) throws IOException {
        Path data = db.getParent();
        return switch (attack) {
            case THE_DATABASE -> db.toString();
            case WRITE_AHEAD_LOG -> data.resolve("register.db-wal").toString();
            case SHARED_MEMORY -> data.resolve("register.db-shm").toString();
            case JOURNAL -> data.resolve("register.db-journal").toString();
            case IN_THE_BACKUPS_FOLDER -> data.resolve("register.db.backups/mine" + extension).toString();
            case A_BACKUP_COPY -> data.resolve("register.db.backups/computefolio-20260101-120000.db").toString();
            case SYMLINK_TO_THE_DATABASE -> Files.createSymbolicLink(dir.resolve("link" + extension), db).toString();
            case SYMLINK_TO_ITS_FOLDER -> Files.createSymbolicLink(dir.resolve("folder-link"), data).resolve("register.db").toString();
            case HARD_LINK_TO_THE_DATABASE -> Files.createLink(dir.resolve("hard" + extension), db).toString();
            case RELATIVE_WITH_DOTDOT -> {
                Files.createDirectories(dir.resolve("elsewhere"));
                Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("elsewhere/../data/register.db"));
                assertThat(relative.toString()).startsWith("..");
                yield relative.toString();
            }
            case DANGLING_SYMLINK_TO_THE_LOG ->
                    Files.createSymbolicLink(dir.resolve("log-link" + extension), data.resolve("register.db-wal")).toString();
            case SYMLINK_TO_THE_BACKUPS_FOLDER ->
                    Files.createSymbolicLink(dir.resolve("backups-link"), data.resolve("register.db.backups")).resolve("new" + extension)
                            .toString();
        };
    }

    private void assertRegisterUnchanged() throws Exception {
        assertThat(Files.readAllBytes(db)).isEqualTo(registerBytes);
        for (String side : List.of("register.db-wal", "register.db-shm", "register.db-journal")) {
            assertThat(db.resolveSibling(side)).doesNotExist();
        }
        assertThat(Files.readString(dir.resolve("data/register.db.backups/computefolio-20260101-120000.db"))).isEqualTo("an automatic copy");
        try (Stream<Path> backups = Files.list(dir.resolve("data/register.db.backups"))) {
            assertThat(backups).hasSize(1);
        }
        assertThat(RegisterDigest.of(db)).isEqualTo(registerDigest);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            assertThat(store.load().deals()).isEqualTo(registerDeals);
        }
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(Map.of(), Map.of("os.name", "Linux", "user.home", dir.resolve("home").toString()));
        int code = new Cli(paths, CliMessages.forLocale(Locale.ENGLISH), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
