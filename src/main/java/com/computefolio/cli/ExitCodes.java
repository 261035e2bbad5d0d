package com.computefolio.cli;

/**
 * The exit codes every command returns; scripts rely on them, so they are listed in the help footer
 * and never reused for another meaning.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** The input (a file to import, a deal to save) was refused; nothing was written. */
    public static final int INVALID_INPUT = 1;
    /**
     * The command line itself was wrong: unknown option, bad date, missing argument, or a {@code --db}
     * address of a kind other than postgresql:// (never taken as a file name).
     */
    public static final int USAGE = 2;
    /**
     * A file or the database could not be read or written; also a team database that refused the
     * login, or a save by a user who may only read the team register ("You are connected as NAME, who
     * may only read this team register..."): nothing was written.
     */
    public static final int STORAGE = 3;
    /** A defect in the program; the message says what failed. */
    public static final int INTERNAL = 4;
    /**
     * Someone else changed the deal first: its version is not the one expected ({@code --expect-version},
     * or the one read), or {@code add} met an id already there. Nothing was written; read again and retry.
     */
    public static final int CONFLICT = 5;

    private ExitCodes() {
    }
}
