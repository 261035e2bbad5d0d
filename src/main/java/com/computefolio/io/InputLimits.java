package com.computefolio.io;

/**
 * Limits on input files, checked before any parsing so that a wrong or hostile file cannot exhaust
 * memory or the stack. Documented in docs/format.md.
 */
public final class InputLimits {

    /**
     * Files larger than this are refused unread. The curated portfolio takes about 3 KB a deal, so a
     * register of the 100,000 deals the app is built for (issue 6, docs/benchmarks.md) exports to
     * about 200 MB; the limit leaves room for that and still refuses a wrong file of gigabytes.
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /** Deepest JSON nesting accepted; a valid portfolio needs 7 levels. */
    public static final int MAX_JSON_NESTING = 64;

    private InputLimits() {
    }
}
