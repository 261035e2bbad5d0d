package com.computefolio.service.output;

/** Why a file may not be written over: what it is to the open register. */
public enum ProtectedFile {
    /** The database file itself. */
    REGISTER,
    /** SQLite's write-ahead log, shared-memory index or rollback journal beside it. */
    WORKING_FILE,
    /** A copy in the register's backups folder, or that folder itself. */
    BACKUP
}
