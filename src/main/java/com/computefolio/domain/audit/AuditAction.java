package com.computefolio.domain.audit;

/** What a write did to one deal. */
public enum AuditAction {
    /** Saved for the first time (the window's New, {@code add}). */
    CREATED,
    /** Saved over its stored version (an edit, {@code set}, an undo). */
    CHANGED,
    /** Deleted; the entry's changes hold every field the deal had. */
    DELETED,
    /** Added by an import. */
    IMPORT_ADDED,
    /** Replaced by an import; the entry's changes say what the file changed. */
    IMPORT_REPLACED
}
