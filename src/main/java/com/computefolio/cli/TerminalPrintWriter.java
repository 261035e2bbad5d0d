package com.computefolio.cli;

import java.io.PrintWriter;

/**
 * The writer every command prints to: text through {@link TerminalWriter} (so what names and files hold
 * can never drive the terminal), plus a second, separate door for the product's own direction marks. The
 * marks travel beside the text, never inside it, so no name or title can forge one: a bidirectional
 * control in the data is still shown escaped, while a table can isolate its cells and set a right-to-left
 * line for an Arabic reader.
 */
final class TerminalPrintWriter extends PrintWriter {

    /** Left-to-right isolate: ids, amounts and dates. */
    static final char LRI = '\u2066';
    /** First-strong isolate: text that takes its direction from its own first letter. */
    static final char FSI = '\u2068';
    /** Pop directional isolate: ends the isolate opened before it. */
    static final char PDI = '\u2069';
    /** Right-to-left mark, at the start of a line: makes the line's paragraph right to left. */
    static final char RLM = '\u200F';

    private final TerminalWriter terminal;
    private final boolean rightToLeft;

    TerminalPrintWriter(TerminalWriter terminal, boolean rightToLeft) {
        super(terminal, false);
        this.terminal = terminal;
        this.rightToLeft = rightToLeft;
    }

    /** Whether the language of this run reads right to left (tables then start their lines with {@link #RLM}). */
    boolean rightToLeft() {
        return rightToLeft;
    }

    /** Writes one of the product's direction marks as the character itself (never escaped). */
    void mark(char mark) {
        flush();
        terminal.writeMark(mark);
    }

    /** The terminal writer behind {@code out}, if it is one: only then may direction marks be written. */
    static TerminalPrintWriter of(PrintWriter out) {
        return out instanceof TerminalPrintWriter terminal ? terminal : null;
    }
}
