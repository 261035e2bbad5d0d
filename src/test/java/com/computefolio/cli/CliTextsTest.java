package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.app.AppPaths;
import com.computefolio.domain.ScheduleFlag;
import com.computefolio.service.GroupBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every word the command line prints comes from i18n/cli.properties, and every key it asks for is there. */
class CliTextsTest {
    /** Message lookups and the detail printer's labelled lines, whose first string argument is a key. */
    private static final Pattern MESSAGE_KEY =
            Pattern.compile("(?:\\bget\\(|usageError\\(|(?:field|text|figure)\\(out,\\s*)\"([a-zA-Z][\\w.]*)\"\\s*[,)]");

    private final ResourceBundle bundle = ResourceBundle.getBundle(CliMessages.BUNDLE, Locale.ENGLISH);

    @Test
    void everyMessageKeyUsedInTheCodeIsInTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/com/computefolio/cli")),
                Stream.of(Path.of("src/main/java/com/computefolio/Launcher.java")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = MESSAGE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyGroupingHasAColumnHeading() {
        for (GroupBy groupBy : GroupBy.values()) {
            assertThat(bundle.containsKey("summary.column.group." + groupBy.name())).as(groupBy.name()).isTrue();
        }
    }

    @Test
    void everyScheduleCaveatHasAPhrase() {
        for (ScheduleFlag flag : ScheduleFlag.values()) {
            assertThat(bundle.containsKey("caveat." + flag.name())).as(flag.name()).isTrue();
        }
    }

    @Test
    void everyOptionAndArgumentOfEveryCommandHasADescription() {
        CommandLine root = new CommandLine(new ComputefolioCommand(new AppPaths(Map.of(), Map.of()),
                CliMessages.forLocale(Locale.ENGLISH)));
        Subcommands.registerAll(root);
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(root, undescribed);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyCommandHasADescription() {
        CommandLine root = new CommandLine(new ComputefolioCommand(new AppPaths(Map.of(), Map.of()),
                CliMessages.forLocale(Locale.ENGLISH)));
        Subcommands.registerAll(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            assertThat(String.join("", sub.getCommandSpec().usageMessage().description()))
                    .as(sub.getCommandName()).isNotBlank();
        }
    }

    private static void collectUndescribed(CommandLine command, List<String> undescribed) {
        CommandSpec spec = command.getCommandSpec();
        for (ArgSpec arg : spec.args()) {
            if (String.join("", arg.description()).isBlank()) {
                undescribed.add(spec.qualifiedName() + " " + arg.paramLabel());
            }
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!sub.getCommandName().equals("help")) {
                collectUndescribed(sub, undescribed);
            }
        }
    }
}
