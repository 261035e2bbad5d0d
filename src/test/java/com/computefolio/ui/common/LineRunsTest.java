package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.Test;

/** The runs of one line of a right-to-left paragraph, as WrappedText and single labels draw them. */
class LineRunsTest {
    private static String described(String line) {
        StringBuilder out = new StringBuilder();
        for (AmountLabels.Piece piece : AmountLabels.runs(line, NodeOrientation.RIGHT_TO_LEFT)) {
            out.append(piece.spaced() && out.length() > 0 ? " " : "").append(piece.leftToRight() ? "<" + piece.text() + ">" : piece.text())
                    .append('|');
        }
        return out.toString();
    }

    @Test
    void aBracketOpenedBeforeALatinWordAndClosedAfterArabicStaysWithTheSentence() {
        assertThat(described("للترتيب (Shift مع النقر لعمود ثانٍ)، واسحب"))
                .isEqualTo("للترتيب| <)>|<Shift>| مع النقر لعمود ثانٍ|<(>|،| واسحب|");
    }

    @Test
    void theStopAfterALatinRunIsTheSentencesNotTheRuns() {
        assertThat(described("من عرض › لوحة التفاصيل (F9).")).endsWith(" <(F9)>|.|");
        assertThat(described("لاستيراد ملف آخر اضغط Ctrl+Shift+I.")).endsWith(" <Ctrl+Shift+I>|.|");
    }

    @Test
    void bracketsAndQuoteMarksAmongArabicWordsAreDrawnAsTheirMirrorImageLeftToRight() {
        assertThat(described("وزر «مسح عوامل التصفية» يعيدها")).isEqualTo("وزر| <»>|مسح عوامل التصفية|<«>| يعيدها|");
        assertThat(described("من عرض › لوحة التفاصيل")).isEqualTo("من عرض| <‹>| لوحة التفاصيل|");
    }

    @Test
    void aRunHoldingBothBracketsKeepsThem() {
        assertThat(described("أوبن إيه آي (OpenAI) وقّعت")).contains("<(OpenAI)>");
    }

    @Test
    void linesWithoutArabicHaveNoRuns() {
        assertThat(AmountLabels.runs("Ctrl+Shift+N", NodeOrientation.RIGHT_TO_LEFT)).isEmpty();
    }
}
