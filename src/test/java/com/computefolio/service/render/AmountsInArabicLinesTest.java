package com.computefolio.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Amounts inside an Arabic sentence of a chart keep their own order ("$440B", not "440B$"): set apart in an
 * isolate before the line is ordered, for the PDF's visual runs (ICU) and for Java's layout (PNG, the window's
 * canvas), and the isolate's controls are never drawn.
 */
class AmountsInArabicLinesTest {
    private static final String SENTENCE = "إجمالي الالتزامات $440B لعام 2025.";
    private static Font latin;

    @BeforeAll
    static void fonts() {
        latin = ChartFonts.load().regular(12);
    }

    @Test
    void runsOfLatinWithDigitsAreIsolatedAndTheirTrailingStopIsNot() {
        assertThat(ScriptText.isolated(SENTENCE))
                .isEqualTo("إجمالي الالتزامات \u2068$440B\u2069 لعام \u20682025\u2069.");
        assertThat(ScriptText.isolated("بقيمة CHF 5.0B و-$1.2B، لدى CoreWeave"))
                .isEqualTo("بقيمة \u2068CHF 5.0B\u2069 و\u2068-$1.2B\u2069، لدى CoreWeave");
        assertThat(ScriptText.isolated("لدى CoreWeave")).isEqualTo("لدى CoreWeave");
        assertThat(ScriptText.withoutBidiControls(ScriptText.isolated(SENTENCE))).isEqualTo(SENTENCE);
    }

    @Test
    void twoNumbersSideBySideAreReadOneAfterTheOtherFromTheRight() {
        // The Arabic quarter «ر1 2025»: the quarter's number, then the year, never "1 2025" as one left-to-right piece.
        assertThat(ScriptText.isolated("ر1 2025")).isEqualTo("ر\u20681\u2069 \u20682025\u2069");
        VisualLine quarter = VisualLine.of("ر1 2025", latin, true);
        String drawn = String.join("", quarter.runs().stream().map(VisualLine.Run::glyphs).toList());
        assertThat(drawn.indexOf("2025")).isLessThan(drawn.indexOf("1"));
        // A number keeps the Latin word beside it.
        assertThat(ScriptText.isolated("سعة 4.5 GW في Q1 2026"))
                .isEqualTo("سعة \u20684.5 GW\u2069 في \u2068Q1 2026\u2069");
    }

    @Test
    void thePdfsVisualRunsShowTheAmountInItsOwnOrder() {
        VisualLine line = VisualLine.of(SENTENCE, latin, true);
        String drawn = String.join("", line.runs().stream().map(VisualLine.Run::glyphs).toList());

        assertThat(drawn).contains("$440B").doesNotContain("440B$").contains("2025");
        assertThat(drawn).doesNotContain("\u2068").doesNotContain("\u2069");
        // Read from the right: the words, then the amount, then the year, then the full stop at the far left.
        assertThat(drawn.indexOf("2025")).isLessThan(drawn.indexOf("$440B"));
        assertThat(drawn).startsWith(".");
    }

    @Test
    void javasLayoutKeepsTheCurrencySignWithItsAmountAndDrawsNoControl() {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        TextLayout layout = new TextLayout(ScriptText.attributed(SENTENCE, latin, true).getIterator(), frc);
        String laidOut = ScriptText.isolated(SENTENCE);
        int dollar = laidOut.indexOf('$');
        // "$" runs left to right with its digits, at the same level (not the sentence's right-to-left level).
        assertThat(layout.getCharacterLevel(dollar)).isEqualTo(layout.getCharacterLevel(dollar + 1)).isEven();
        assertThat(layout.getCharacterLevel(dollar)).isEqualTo(layout.getCharacterLevel(dollar + 4));
        // The isolate's controls take no room: the line is as wide as the same words without them, laid out alike.
        TextLayout controls = new TextLayout(ScriptText.attributed("\u2068\u2069", latin, false).getIterator(), frc);
        assertThat(controls.getAdvance()).isZero();
        assertThat(controls.getOutline(null).getBounds2D().isEmpty()).isTrue();
        assertThat(List.of(layout.getCharacterCount())).containsExactly(laidOut.length());
    }
}
