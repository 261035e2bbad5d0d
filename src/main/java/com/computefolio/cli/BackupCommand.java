package com.computefolio.cli;

import com.computefolio.app.AppContext;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a consistent copy of the database (SQLite's VACUUM INTO, so a window writing at the same
 * time is no problem) to a file that {@code restore} takes back. Works on an existing database only:
 * it never creates and seeds one just to copy it.
 */
@Command(name = "backup")
final class BackupCommand extends ServiceCommand {

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", required = true)
    private Path outFile;

    @Override
    public Integer call() {
        if (root().isTeamRegister()) {
            AppContext context = root().context();
            int deals = context.backupTeam(outFile);
            out().println(messages().get("backup.teamDone", context.location(), outFile.toAbsolutePath().toString(), deals));
            out().flush();
            return ExitCodes.OK;
        }
        Path written = AppContext.databaseBackups().backup(root().databaseFile(), outFile);
        out().println(messages().get("backup.done", root().databaseFile().toAbsolutePath().toString(), written.toString()));
        out().flush();
        return ExitCodes.OK;
    }
}
