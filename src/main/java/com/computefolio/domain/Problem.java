package com.computefolio.domain;

/**
 * One thing wrong with some input, located as precisely as the input allows. Every importer,
 * validator and editor reports problems in this one shape so that the CLI and the window can print
 * them the same way.
 *
 * @param file     file name, or null for an edit in the window
 * @param line     1-based line, or 0 if not known
 * @param column   1-based column, or 0 if not known
 * @param path     JSON path ("$.deals[3].revisions[0].value.amount") or CSV column name, or null
 * @param message  what is wrong, in a sentence
 * @param expected what would be accepted, or null
 */
public record Problem(String file, int line, int column, String path, String message, String expected) {

    public static Problem at(String path, String message) {
        return new Problem(null, 0, 0, path, message, null);
    }

    public static Problem at(String path, String message, String expected) {
        return new Problem(null, 0, 0, path, message, expected);
    }

    public Problem inFile(String fileName) {
        return new Problem(fileName, line, column, path, message, expected);
    }

    /** "deals.json:12:5: $.deals[0].term.start: end before start (expected: ...)" */
    public String describe() {
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
        sb.append(message);
        if (expected != null && !expected.isEmpty()) {
            sb.append(" (expected ").append(expected).append(')');
        }
        return sb.toString();
    }
}
