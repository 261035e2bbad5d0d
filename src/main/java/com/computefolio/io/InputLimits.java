package com.computefolio.io;

/**
 * Limits on input files, checked before any parsing so that a wrong or hostile file cannot exhaust
 * memory or the stack. Documented in docs/format.md.
 */
public final class InputLimits {

    /** Files larger than this are refused unread: a real portfolio is a few megabytes at most. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    /** Deepest JSON nesting accepted; a valid portfolio needs 7 levels. */
    public static final int MAX_JSON_NESTING = 64;

    private InputLimits() {
    }
}
