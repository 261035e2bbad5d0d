package com.computefolio.io;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;

/**
 * Limits on input files, checked while reading so that a wrong or hostile file (a CSV header of
 * millions of columns, a million empty deals, a device that never ends) is refused in seconds with
 * bounded memory instead of exhausting memory, the stack or the user's patience. The limits on the
 * texts and lists inside a deal are the domain's ({@code domain.DealLimits}), so
 * that the window's editor applies the same ones. Listed in docs/format.md, which a test compares
 * with these constants.
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

    /** Longest JSON string read at all; no field allows more than 10,000 characters. */
    public static final int MAX_JSON_STRING_CHARS = 1_000_000;

    /**
     * Most JSON values (objects, arrays, strings, numbers...) in one element of a top-level array
     * (one deal, party, source or series) or in one other top-level field. A deal at every list
     * limit holds far fewer; a runaway array of empty arrays would otherwise fill the memory.
     */
    public static final int MAX_JSON_VALUES_PER_ELEMENT = 200_000;

    /** Deals in one file (JSON or CSV): twice the register the app is built for. */
    public static final int MAX_DEALS_PER_FILE = 200_000;
    public static final int MAX_PARTIES_PER_FILE = 100_000;
    public static final int MAX_SOURCES_PER_FILE = 1_000_000;
    public static final int MAX_CONTEXT_SERIES_PER_FILE = 1_000;
    /** Entries of an exported audit trail (read for shape, then ignored): years of a team's daily edits. */
    public static final int MAX_AUDIT_ENTRIES_PER_FILE = 2_000_000;

    /** Columns in a CSV row; deals.csv has 23. */
    public static final int MAX_CSV_COLUMNS = 50;

    /** Characters in one line of a CSV file (a quoted cell may span lines); the longest valid row is about 15,000. */
    public static final int MAX_CSV_LINE_CHARS = 100_000;

    /**
     * Problems collected from one file before reading it stops: enough to fix a file by, few
     * enough that a file of nothing but errors cannot fill the memory or the screen.
     */
    public static final int MAX_PROBLEMS_PER_FILE = 10_000;

    private InputLimits() {
    }

    /** The problem added where reading a file stopped at {@link #MAX_PROBLEMS_PER_FILE}. */
    public static Problem tooManyProblems() {
        return Problem.at(null, ProblemText.say(ProblemKey.READING_STOPPED, new ProblemText.Count(MAX_PROBLEMS_PER_FILE)),
                ProblemText.say(ProblemKey.EXPECT_FEWER_PROBLEMS));

    }
}
