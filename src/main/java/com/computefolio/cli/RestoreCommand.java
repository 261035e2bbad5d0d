package com.computefolio.cli;

import com.computefolio.app.AppContext;
import com.computefolio.service.ValidationException;
import com.computefolio.service.backup.RestoreResult;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Replaces the database with a backup. The file is checked first (a Computefolio database of this or
 * an older schema, undamaged); if it is refused, exit code 1 and nothing changes. Otherwise the
 * current database is copied into its backups folder and the checked file is swapped in atomically.
 * A file with no register in it (empty, or an empty register) is refused unless {@code --allow-empty}.
 */
@Command(name = "restore")
final class RestoreCommand extends ServiceCommand {

    @Option(names = "--allow-empty", descriptionKey = "allow-empty")
    private boolean allowEmpty;

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "file")
    private Path backupFile;

    @Override
    public Integer call() throws ValidationException {
        if (root().isTeamRegister()) {
            AppContext context = root().context();
            int deals = context.restoreTeam(backupFile, allowEmpty);
            out().println(messages().get("restore.teamDone", context.location(), backupFile.toString(), deals));
            out().flush();
            return ExitCodes.OK;
        }
        RestoreResult r = AppContext.databaseBackups().restore(backupFile, root().databaseFile(), allowEmpty);
        out().println(messages().get("restore.done", r.database().toString(), r.restoredFrom().toString(), r.deals()));
        r.previous().ifPresent(previous -> out().println(messages().get("restore.previous", previous.toString())));
        out().flush();
        return ExitCodes.OK;
    }
}
