package com.computefolio.cli;

import com.computefolio.service.AnalysisService;
import com.computefolio.service.LocalNames;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.scenario.ScenarioFile;
import com.computefolio.service.view.ViewFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand needs: its output streams, the messages, and the services of the
 * database chosen on the root command. Subclasses only parse, call a service and print.
 */
abstract class ServiceCommand implements Callable<Integer> {

    @ParentCommand
    private CommandRoot root;

    @Spec
    private CommandSpec spec;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected CliMessages messages() {
        return root.messages();
    }

    /**
     * Parties' names and deals' titles in this command's language, for what a table shows a person
     * (ADR 34); JSON and CSV output keep the names as stored, as data exports do.
     */
    protected LocalNames shownNames(com.computefolio.domain.Portfolio register, OutputFormat format) {
        return LocalNames.of(register, format == OutputFormat.TABLE ? messages().texts().locale() : java.util.Locale.ROOT);
    }

    /** Where this command shows its progress (nothing when the output is not a terminal). */
    protected ProgressDisplay progress() {
        return root.progress();
    }

    protected CommandRoot root() {
        return root;
    }

    protected PortfolioService portfolioService() {
        return root.context().portfolioService();
    }

    /** The user's own scenarios file, beside this command's database. */
    ScenarioFile ownScenarios() {
        return ScenarioFile.besideDatabase(root.context().databaseFile());
    }

    /** The user's saved views file, beside this command's database. */
    ViewFile ownViews() {
        return ViewFile.besideDatabase(root.context().databaseFile());
    }

    protected AnalysisService analysisService() {
        return root.context().analysisService();
    }

    /** A usage error found after parsing (exit code 2), e.g. a combination of options that makes no sense. */
    protected ParameterException usageError(String key, Object... args) {
        return new UsageError(spec.commandLine(), messages().get(key, args));
    }
}
