package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.AppPaths;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Translations;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.service.DealEdits;
import com.computefolio.service.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 16's done-when on the command line: in {@code --lang ar} an analyst meets no English word. Every command's help
 * and a set of mistakes a hostile tester makes (bad values, unknown ids, bad files, bad database addresses) are run in
 * Arabic, and each Latin word printed must be one of the few that legitimately stay as written:
 * <ul>
 *   <li>what the user types: option names (--db), command names, the values an option takes (ACTIVE, csv), the
 *       placeholders picocli puts in the synopsis (FILE, DATE), the fields {@code set} takes, and the words of the run's
 *       own arguments (text quoted from the input);</li>
 *   <li>the register's data: deal and party ids, and the Latin names inside the stored Arabic names and titles
 *       ("أوبن إيه آي (OpenAI)");</li>
 *   <li>paths, file names, URLs and database addresses (a token holding a slash or a file extension);</li>
 *   <li>names of formats and programs no translation changes ({@link #NAMES}).</li>
 * </ul>
 * Anything else is a sentence or a term left in English: the failure lists the word and the run.
 */
class ArabicCommandLineHasNoEnglishTest {
    /** Formats, standards and products, as Arabic technical writing keeps them; and the address's syntax parts. */
    private static final Set<String> NAMES = Set.of("Computefolio", "JSON", "CSV", "XLSX", "SVG", "PDF", "PNG", "UTF-8", "SQLite",
            "PostgreSQL", "IP", "IPv6", "USD", "stderr", "http", "https", "COMPUTEFOLIO_DB", "YYYY-MM");
    /**
     * Values of options typed as plain text, which their Arabic descriptions name as typed: --measure (money, gw), --mode
     * (per-period, cumulative, annualised, contracted), --overlay kinds (revenue, loss, capex), and the parts of a
     * PostgreSQL address (HOST, PORT, DATABASE, USER, DB and its parameters user and password).
     */
    private static final Set<String> TYPED_VALUES = Set.of("money", "gw", "per-period", "cumulative", "annualised", "contracted",
            "revenue", "loss", "capex", "HOST", "PORT", "DATABASE", "USER", "DB", "user", "password");
    /** A path, URL, address or file name: kept whole, as written. */
    private static final Pattern PATH_LIKE = Pattern.compile("\\S*[/\\\\]\\S*|\\S+\\.(json|csv|db|xlsx|pdf|svg|png|txt)\\b");
    /** Option syntax (-h, --db, --lang=ar): the option names a user types. */
    private static final Pattern OPTION = Pattern.compile("(?<![\\p{L}\\d])--?[A-Za-z][\\w-]*");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*");

    @TempDir
    static Path home;
    private static CuratedCommandLine curated;
    private static final Set<String> allowed = new TreeSet<>();

    @BeforeAll
    static void curatedRegisterAndWhatMayStayLatin() throws IOException {
        curated = CuratedCommandLine.initIn(home);
        allowed.addAll(NAMES);
        allowed.addAll(TYPED_VALUES);
        allowed.addAll(DealEdits.FIELDS);
        Scenarios.builtIn().all().forEach(s -> allowed.add(s.name()));
        // the deals CSV's column names, as a file holds them (a refused header names them)
        curated.ok("export", "--format", "csv", "--out", home.resolve("columns.csv").toString());
        allowed.addAll(words(Files.readAllLines(home.resolve("columns.csv")).get(0)));
        CommandLine root = new CommandLine(new ComputefolioCommand(new AppPaths(Map.of(), Map.of()),
                CliMessages.forLocale(Locale.ENGLISH)));
        Subcommands.registerAll(root);
        typedWords(root);
        Portfolio register = new PortfolioJsonReader(new DealValidator()).read(Path.of("data/openai-portfolio.json")).portfolio();
        register.deals().forEach(d -> {
            allowed.add(d.id());
            d.translations().text("ar", Translations.TITLE).ifPresent(t -> allowed.addAll(words(t)));
        });
        for (Party party : register.parties()) {
            allowed.add(party.id());
            party.translations().text("ar", Translations.NAME).ifPresent(n -> allowed.addAll(words(n)));
        }
        Files.writeString(home.resolve("bad.json"), "{\"deals\": [ {\"id\": \"x\" \"y\"} ]}");
        Files.writeString(home.resolve("bad.csv"), "id,title\n\"x,unclosed\n");
        Files.writeString(home.resolve("book.xlsx"), "not a workbook");
        Files.createDirectories(home.resolve("folder.json"));
    }

    /** Command and option names, option values and the synopsis' placeholders of every command, as typed. */
    private static void typedWords(CommandLine command) {
        allowed.add(command.getCommandName());
        for (ArgSpec arg : command.getCommandSpec().args()) {
            allowed.addAll(words(arg.paramLabel()));
            if (arg instanceof OptionSpec option) {
                Arrays.stream(option.names()).forEach(n -> allowed.add(n.replaceFirst("^-+", "")));
            }
            if (arg.completionCandidates() != null) {
                arg.completionCandidates().forEach(c -> allowed.addAll(words(c)));
            }
        }
        command.getSubcommands().values().forEach(ArabicCommandLineHasNoEnglishTest::typedWords);
    }

    @Test
    void everyHelpIsArabicApartFromWhatIsTyped() {
        List<String> found = new ArrayList<>();
        check(found, "--lang", "ar", "--help");
        for (String command : Subcommands.ALL.keySet()) {
            check(found, "--lang", "ar", command, "--help");
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyTableIsArabicApartFromIdsAndNames() {
        List<String> found = new ArrayList<>();
        for (String[] run : List.of(args("list"), args("summary"), args("summary", "--by", "kind"), args("summary", "--by", "status"),
                args("flows"), args("exposure"), args("timeline"), args("timeline", "--measure", "gw"), args("timeline", "--by", "kind"), args("timeline", "--by", "status"), args("compare"),
                args("scenarios"), args("views"))) {
            CliRunner.Result r = curated.ok(Stream.concat(Stream.of("--lang", "ar"), Arrays.stream(run)).toArray(String[]::new));
            found.addAll(english(r, run));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyMistakeIsToldInArabic() {
        String dir = home.resolve("folder.json").toString();
        List<String[]> runs = List.of(
                args("list", "--by", "nope"), args("summary", "--by", "nope"), args("timeline", "--granularity", "weekly"),
                args("list", "--as-of", "2025-13-40"), args("list", "--status", "nope"), args("list", "--currency", "XXXQ"),
                args("list", "--party", "nobody"), args("show", "no-such-deal"), args("delete", "no-such-deal", "--reason", "r"),
                args("set", "no-such-deal", "title=x"), args("set", "microsoft-partnership", "colour=red"),
                args("set", "microsoft-partnership", "status=maybe"), args("set", "microsoft-partnership", "value=lots"),
                args("set", "microsoft-partnership", "term-start=2025-02-30"), args("compare", "--scenario", "nope"),
                args("import", home.resolve("bad.json").toString()), args("import", home.resolve("bad.csv").toString()),
                args("import", home.resolve("book.xlsx").toString()), args("import", dir),
                args("import", home.resolve("missing.json").toString()), args("validate", home.resolve("bad.json").toString()),
                args("restore", home.resolve("bad.json").toString()), args("export", "--out", dir),
                args("chart", "--out", home.resolve("c.bmp").toString()), args("nope"), args("help", "nope"),
                args("views", "--view", "nope"), args("history", "no-such-deal"),
                args("copy", "--from", home.resolve("none.db").toString(), "--to", home.resolve("copy.db").toString()),
                args("copy", "--from", home.resolve("curated.db").toString(), "--to", home.resolve("curated.db").toString()));
        List<String> found = new ArrayList<>();
        for (String[] run : runs) {
            check(found, Stream.concat(Stream.of("--lang", "ar"), Arrays.stream(run)).toArray(String[]::new));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aDatabaseThatCannotBeUsedIsToldInArabic() {
        CliRunner cli = new CliRunner(home);
        List<String> found = new ArrayList<>();
        for (String db : List.of("mysql://db/register", "postgresql://db:abc/register", "postgresql://db", "postgresql:///register",
                "postgresql://db:99999/register", "postgresql://db/register?sslmode=require", home.resolve("folder.json").toString(),
                home.resolve("bad.json").toString())) {
            String[] run = {"--lang", "ar", "--db", db, "list"};
            CliRunner.Result r = cli.run(run);
            assertThat(r.exitCode()).as(db).isNotEqualTo(ExitCodes.OK);
            found.addAll(english(r, run));
        }
        assertThat(found).isEmpty();
    }

    private static String[] args(String... args) {
        return args;
    }

    private static void check(List<String> found, String... run) {
        found.addAll(english(curated.run(run), run));
    }

    /** The words of the output no rule above allows, each with the run that printed it. */
    private static List<String> english(CliRunner.Result r, String... run) {
        Set<String> typed = new TreeSet<>();
        Arrays.stream(run).forEach(a -> typed.addAll(words(a)));
        String text = OPTION.matcher(PATH_LIKE.matcher(r.out() + r.err()).replaceAll(" ")).replaceAll(" ");
        Set<String> english = new TreeSet<>();
        for (String word : words(text)) {
            // names and values are matched in any case, as picocli and the readers take them (csv, CSV; year, YEAR)
            if (!allowedIgnoringCase(word) && !typed.contains(word)) {
                english.add(word);
            }
        }
        return english.isEmpty() ? List.of() : List.of(String.join(" ", run) + " -> " + english);
    }

    private static boolean allowedIgnoringCase(String word) {
        return allowed.contains(word) || allowed.stream().anyMatch(a -> a.equalsIgnoreCase(word));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
