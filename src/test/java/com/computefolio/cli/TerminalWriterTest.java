package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {

    private static String printed(String... writes) {
        StringWriter target = new StringWriter();
        try (PrintWriter out = new PrintWriter(new TerminalWriter(target))) {
            for (String w : writes) {
                out.print(w);
            }
        }
        return target.toString();
    }

    @Test
    void controlCharactersDelC1AndBidiControlsAreShownAsEscapes() {
        assertThat(printed("a\u001b[2Jb\u0000\u0007\u007f\u0085\u009b\u202e\u2066c"))
                .isEqualTo("a\\u001B[2Jb\\u0000\\u0007\\u007F\\u0085\\u009B\\u202E\\u2066c");
    }

    @Test
    void lineFeedsTabsAndTextInAnyScriptPass() {
        String text = "id\tname\n\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u4e2d\u6587 \uD83D\uDE80 \u200F\n";

        assertThat(printed(text)).isEqualTo(text);
    }

    @Test
    void aCarriageReturnPassesOnlyAsPartOfALineEndEvenWhenSplitAcrossWrites() {
        assertThat(printed("one\r\ntwo\r", "\nthree")).isEqualTo("one\r\ntwo\r\nthree");
        assertThat(printed("hidden\rshown")).isEqualTo("hidden\\u000Dshown");
        assertThat(printed("end\r")).isEqualTo("end\\u000D");
    }
}
