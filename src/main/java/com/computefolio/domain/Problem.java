package com.computefolio.domain;

/**
 * One thing wrong with some input, located as precisely as the input allows. Every importer,
 * validator and editor reports problems in this one shape so that the CLI and the window can print
 * them the same way. What is wrong and what would be accepted are {@link ProblemText}s, a key with its
 * values, so each reader gets them in their language; {@link #message()} and {@link #expected()} are the
 * English sentences (ADR 0045).
 *
 * @param file        file name, or null for an edit in the window
 * @param line        1-based line, or 0 if not known
 * @param column      1-based column, or 0 if not known
 * @param path        JSON path ("$.deals[3].revisions[0].value.amount") or CSV column name, or null
 * @param text        what is wrong, in a sentence
 * @param expectation what would be accepted, or null
 */
public record Problem(String file, int line, int column, String path, ProblemText text, ProblemText expectation) {

    public Problem {
        java.util.Objects.requireNonNull(text, "text");
    }

    public static Problem at(String path, ProblemText text) {
        return new Problem(null, 0, 0, path, text, null);
    }

    public static Problem at(String path, ProblemText text, ProblemText expectation) {
        return new Problem(null, 0, 0, path, text, expectation);
    }

    public Problem inFile(String fileName) {
        return new Problem(fileName, line, column, path, text, expectation);
    }

    /** The same problem at another path (a deal's problem placed inside the file that holds it). */
    public Problem atPath(String newPath) {
        return new Problem(file, line, column, newPath, text, expectation);
    }

    /** The same problem placed in a file at a line and column. */
    public Problem located(String fileName, int atLine, int atColumn, String atPath) {
        return new Problem(fileName, atLine, atColumn, atPath, text, expectation);
    }

    /** What is wrong, in English. */
    public String message() {
        return text.english();
    }

    /** What would be accepted, in English, or null. */
    public String expected() {
        return expectation == null ? null : expectation.english();
    }

    /** "deals.json:12:5: $.deals[0].term.start: end before start (expected ...)", in English. */
    public String describe() {
        String expected = expected();
        String said = expected == null || expected.isEmpty() ? message()
                : ProblemText.say(ProblemKey.WITH_EXPECTED, text, expectation).english();
        return location() + said;
    }

    /**
     * Where the problem is, as editors and compilers write it: "deals.json:12:5: $.deals[0].title: ", or "" when
     * nothing is known. Technical, the same in every language.
     */
    public String location() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.toString();
    }

    /** The shape records had when the message was a sentence, which logs and test failures show. */
    @Override
    public String toString() {
        return "Problem[file=" + file + ", line=" + line + ", column=" + column + ", path=" + path + ", message=" + message()
                + ", expected=" + expected() + "]";
    }

}
