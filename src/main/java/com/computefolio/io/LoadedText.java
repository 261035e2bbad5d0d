package com.computefolio.io;

import com.computefolio.domain.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The content of an input file checked to be UTF-8 text, or why it is not. The bytes are kept as
 * read (a 200 MB file decoded to a Java string can take twice that); {@link #text()} decodes them
 * for readers that want characters.
 */
public final class LoadedText {

    private final String fileName;
    private final byte[] bytes;
    private final int start;
    private final List<Problem> problems;

    private LoadedText(String fileName, byte[] bytes, int start, List<Problem> problems) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.start = start;
        this.problems = List.copyOf(problems);
    }

    static LoadedText valid(String fileName, byte[] bytes, int start) {
        return new LoadedText(fileName, bytes, start, List.of());
    }

    static LoadedText refused(String fileName, Problem problem) {
        return new LoadedText(fileName, null, 0, List.of(problem.inFile(fileName)));
    }

    public String fileName() {
        return fileName;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The file's bytes; the text starts at {@link #start()} (after a byte-order mark). Null if refused. */
    public byte[] bytes() {
        return bytes;
    }

    public int start() {
        return start;
    }

    /** The text without a byte-order mark. */
    public String text() {
        if (bytes == null) {
            throw new IllegalStateException(fileName + " was refused: " + problems.get(0).describe());
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }
}
