package com.computefolio.cli;

import com.computefolio.app.AppContext;
import com.computefolio.app.RegisterLocation;
import java.nio.file.Path;

/**
 * What a subcommand needs from the root command: the database chosen with {@code --db} and the
 * messages. Picocli hands the root to each subcommand ({@code @ParentCommand}); typed as this, the
 * subcommands do not depend back on {@link ComputefolioCommand}, which lists them.
 */
interface CommandRoot {

    /**
     * The database file this run works on, from --db, COMPUTEFOLIO_DB or the user's data folder; for a
     * team register on a server, the user's own default file (beside which scenarios and views live).
     */
    Path databaseFile();

    /** Whether this run's register is a team database on a server (--db postgresql://...). */
    boolean isTeamRegister();

    /** A file path or server address given to an option (copy --from/--to), read as --db is. */
    RegisterLocation locate(String text);

    /** The services over the database, opened on first use. */
    AppContext context();

    /** As {@link #context()}, but a database made by this call starts empty (init --empty). */
    AppContext emptyContext();

    CliMessages messages();

    /** Where long commands show their progress: a bar on a terminal, nothing when piped. */
    ProgressDisplay progress();
}
