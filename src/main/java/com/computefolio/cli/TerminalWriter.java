package com.computefolio.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that passes everything the commands print through {@link TerminalText}, so that no
 * printer, message or picocli text can forget to: {@link Cli} wraps both of its streams in one.
 * A carriage return is kept only where a line feed follows it (a Windows line end); alone it
 * would move the cursor back and let later text hide what came before, so it is escaped.
 */
final class TerminalWriter extends Writer {

    private final Writer out;
    private boolean pendingReturn;

    TerminalWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        StringBuilder sb = new StringBuilder(len + 8);
        for (int i = off; i < off + len; i++) {
            char c = chars[i];
            if (pendingReturn) {
                pendingReturn = false;
                if (c == '\n') {
                    sb.append('\r');
                } else {
                    TerminalText.appendEscaped(sb, '\r');
                }
            }
            if (c == '\r') {
                pendingReturn = true;
            } else if (TerminalText.drivesTerminal(c)) {
                TerminalText.appendEscaped(sb, c);
            } else {
                sb.append(c);
            }
        }
        out.write(sb.toString());
    }

    /**
     * One of the product's own direction marks ({@link TerminalPrintWriter}): written as the character, while
     * the same character coming through {@link #write} (from a name, a title, a file name) is escaped.
     */
    void writeMark(char mark) {
        if (mark != TerminalPrintWriter.LRI && mark != TerminalPrintWriter.FSI && mark != TerminalPrintWriter.PDI
                && mark != TerminalPrintWriter.RLM) {
            throw new IllegalArgumentException("not a direction mark: U+" + Integer.toHexString(mark));
        }
        try {
            if (pendingReturn) {
                pendingReturn = false;
                out.write("\\u000D");
            }
            out.write(mark);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A carriage return still waiting for its line feed stays back: it belongs to the next write. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write("\\u000D");
        }
        out.close();
    }
}
