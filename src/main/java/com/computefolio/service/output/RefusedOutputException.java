package com.computefolio.service.output;

import java.nio.file.Path;

/**
 * An output file that would land on the open register or one of its companions; nothing was
 * written. Carries the parts of the message, so each front end can say it in its own words
 * (the command line exits with its usage code, the window shows a dialog).
 *
 * @param target   the file as the user gave it
 * @param resolved the file it really is, after following links
 * @param database the open register
 */
public final class RefusedOutputException extends RuntimeException {
    private final transient Path target;
    private final transient Path database;
    private final OutputKind kind;
    private final ProtectedFile what;

    public RefusedOutputException(Path target, Path resolved, Path database, OutputKind kind, ProtectedFile what) {
        super("refusing to write " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " to " + target
                + (resolved.equals(target) ? "" : " (" + resolved + ")") + ": it is "
                + switch (what) {
                    case REGISTER -> "the open register";
                    case WORKING_FILE -> "a working file of the open register " + database;
                    case BACKUP -> "in the backups folder of the open register " + database;
                });
        this.target = target;
        this.database = database;
        this.kind = kind;
        this.what = what;
    }

    public Path target() {
        return target;
    }

    public Path database() {
        return database;
    }

    public OutputKind kind() {
        return kind;
    }

    public ProtectedFile what() {
        return what;
    }
}
