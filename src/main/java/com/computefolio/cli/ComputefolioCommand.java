package com.computefolio.cli;

import com.computefolio.app.AppContext;
import com.computefolio.app.AppPaths;
import com.computefolio.app.RegisterLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root of the command line. It owns the {@code --db} option and opens the database lazily,
 * once, for whichever subcommand runs; {@link Cli} closes it afterwards.
 *
 * <p>The subcommands are listed in {@link Subcommands}, which registers only those a run needs; adding a command
 * is a one-line change there.
 */
@Command(name = "computefolio",
        // Inherited: every subcommand gets --help/--version, the bundle and the exit-code footer.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = CliMessages.BUNDLE,
        sortOptions = false)
public final class ComputefolioCommand implements Callable<Integer>, AutoCloseable, CommandRoot {

    @Spec
    private CommandSpec spec;

    @Option(names = AppPaths.DB_OPTION, paramLabel = "FILE", scope = ScopeType.LOCAL)
    private String db;

    /** Read ahead by {@link CliLanguage} (the help needs it before parsing); declared so every command accepts it. */
    @Option(names = CliLanguage.OPTION, paramLabel = "ar|en", scope = ScopeType.INHERIT)
    private CliLanguage.Choice lang;

    private final AppPaths paths;
    private final CliMessages messages;
    private final ProgressDisplay progress;
    private AppContext context;

    public ComputefolioCommand(AppPaths paths, CliMessages messages) {
        this(paths, messages, ProgressDisplay.none());
    }

    public ComputefolioCommand(AppPaths paths, CliMessages messages, ProgressDisplay progress) {
        this.paths = paths;
        this.messages = messages;
        this.progress = progress;
    }

    /** No command given: say so and show what the commands are. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(messages.get("error.missingCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Override
    public Path databaseFile() {
        RegisterLocation location = paths.location(db);
        return location.isTeam() ? paths.defaultDatabase() : location.file();
    }

    @Override
    public boolean isTeamRegister() {
        return paths.location(db).isTeam();
    }

    @Override
    public RegisterLocation locate(String text) {
        return paths.locate(text);
    }

    @Override
    public AppContext context() {
        if (context == null) {
            context = AppContext.open(paths.location(db), paths.defaultDatabase(), false, messages.texts());
        }
        return context;
    }

    @Override
    public AppContext emptyContext() {
        if (context == null) {
            context = AppContext.open(paths.location(db), paths.defaultDatabase(), true, messages.texts());
        }
        return context;
    }

    @Override
    public CliMessages messages() {
        return messages;
    }

    @Override
    public ProgressDisplay progress() {
        return progress;
    }

    @Override
    public void close() {
        if (context != null) {
            AppContext open = context;
            context = null;
            open.close();
        }
    }
}
