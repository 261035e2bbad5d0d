package com.computefolio.cli;

import com.computefolio.app.AppPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * Every subcommand of {@code computefolio}, in the order the help lists them, and which of them a
 * command line needs. Picocli builds a command's whole model (reflection over its options, their
 * descriptions looked up in the bundle) when it is registered, and it has no lazy registration: so a
 * run registers only the command its arguments name ({@code computefolio summary} builds the model of
 * {@code summary} alone), none for {@code --version}, and all of them whenever the full list could be
 * shown or searched (no command, {@code help}, {@code --help}, an unknown name, an argument file).
 *
 * <p>Adding a command is one line in {@link #ALL}: its name as in its {@code @Command} and its class
 * (a test checks that the two agree).
 */
final class Subcommands {

    /** By name, in the order the root command's help lists them. */
    static final Map<String, Class<?>> ALL = all();

    /** The options of the root command that take a value (the next argument, or after {@code =}). */
    private static final List<String> ROOT_VALUE_OPTIONS = List.of(AppPaths.DB_OPTION, CliLanguage.OPTION);
    private static final List<String> VERSION_OPTIONS = List.of("--version", "-V");

    private Subcommands() {
    }

    private static Map<String, Class<?>> all() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("init", InitCommand.class);
        all.put("import", ImportCommand.class);
        all.put("validate", ValidateCommand.class);
        all.put("export", ExportCommand.class);
        all.put("list", ListCommand.class);
        all.put("show", ShowCommand.class);
        all.put("add", AddCommand.class);
        all.put("set", SetCommand.class);
        all.put("delete", DeleteCommand.class);
        all.put("history", HistoryCommand.class);
        all.put("summary", SummaryCommand.class);
        all.put("flows", FlowsCommand.class);
        all.put("exposure", ExposureCommand.class);
        all.put("timeline", TimelineCommand.class);
        all.put("compare", CompareCommand.class);
        all.put("scenarios", ScenariosCommand.class);
        all.put("views", ViewsCommand.class);
        all.put("chart", ChartCommand.class);
        all.put("report", ReportCommand.class);
        all.put("backup", BackupCommand.class);
        all.put("restore", RestoreCommand.class);
        all.put("copy", CopyCommand.class);
        all.put("generate", GenerateCommand.class);
        all.put("propose", ProposeCommand.class);
        all.put("help", HelpCommand.class);
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Registers on the root what these arguments need; call before the root's settings, which reach the subcommands there then. */
    static void register(CommandLine root, String... args) {
        for (Class<?> command : needed(args)) {
            root.addSubcommand(command);
        }
    }

    /** Registers every subcommand: the full tree, as the help shows it. */
    static void registerAll(CommandLine root) {
        ALL.values().forEach(root::addSubcommand);
    }

    /** The subcommands these arguments need, in the order of {@link #ALL}. */
    static List<Class<?>> needed(String... args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (ROOT_VALUE_OPTIONS.contains(arg)) {
                i++; // its value, whatever it looks like
            } else if (VERSION_OPTIONS.contains(arg)) {
                version = true;
            } else if (ROOT_VALUE_OPTIONS.stream().noneMatch(option -> arg.startsWith(option + "="))) {
                // The first other argument names the command; anything else (an option picocli must judge, an
                // @argument file, an unknown word) gets the whole tree, so its help and suggestions stay complete.
                Class<?> named = ALL.get(arg);
                return named == null || named == HelpCommand.class ? List.copyOf(ALL.values()) : List.of(named);
            }
        }
        // Only root options: --version needs no subcommand; no command at all shows the list of them.
        return version ? List.of() : List.copyOf(ALL.values());
    }
}
