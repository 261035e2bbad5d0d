package com.computefolio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.InputStream;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The line breaking of Arabic paragraphs, without a display: measured in the window's Arabic font (through Java2D's
 * text layout, which shapes Arabic as the window does) or by counting characters, so a line's length can be checked by
 * hand.
 */
class ParagraphLinesTest {
    /** The user guide's paragraph on the deals table: Arabic with a Latin key name, brackets, «+» and Arabic commas. */
    private static final String GUIDE = "صف لكل صفقة. انقر عنوان عمود للترتيب (Shift مع النقر لعمود ثانٍ)، واسحب العناوين"
            + " لإعادة ترتيبها، واستخدم + في طرف الجدول لإخفاء أعمدة؛ ويتذكر الجدول ذلك كله. مرّر المؤشر على عنوان لرؤيته"
            + " كاملًا، وعلى مجموع في شريط الحالة لرؤية قيمته الدقيقة.";
    /** A refusal with a path, an amount, a shortcut and a line break of its own. */
    private static final String MIXED = "لم يُستورد الملف /tmp/deals/2026-q1/openai-aws.json: قيمة الصفقة $38B أكبر من الحد."
            + "\nاضغط Ctrl+Shift+I لاستيراد ملف آخر، أو Ctrl+Z للتراجع عن آخر تعديل.";

    /** One unit of width per character. */
    private static List<String> byCount(String text, double width) {
        return ParagraphLines.shown(text, ParagraphLines.of(text, String::length, width));
    }

    private static ToDoubleFunction<String> noto(float size) throws Exception {
        Font font;
        try (InputStream in = ParagraphLinesTest.class.getResourceAsStream("/fonts/NotoSansArabic-Regular.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        }
        FontRenderContext context = new FontRenderContext(null, true, true);
        return part -> part.isEmpty() ? 0 : new TextLayout(part, font, context).getAdvance();
    }

    @ParameterizedTest
    @ValueSource(floats = {11, 13, 16, 22})
    void noLineIsWiderThanTheWidthInTheWindowsFont(float size) throws Exception {
        ToDoubleFunction<String> measure = noto(size);
        for (double width : new double[] {120, 260, 400, 640}) {
            for (String text : List.of(GUIDE, MIXED)) {
                List<ParagraphLines.Line> lines = ParagraphLines.of(text, measure, width);
                assertThat(lines).hasSizeGreaterThan(1);
                assertThat(ParagraphLines.shown(text, lines)).allSatisfy(line ->
                        assertThat(measure.applyAsDouble(line)).as(line).isLessThanOrEqualTo(width));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(floats = {11, 13, 16, 22})
    void theLinesJoinedGiveTheTextBackInOrder(float size) throws Exception {
        for (String text : List.of(GUIDE, MIXED)) {
            List<ParagraphLines.Line> lines = ParagraphLines.of(text, noto(size), 200);
            assertThat(lines.stream().map(line -> text.substring(line.start(), line.end())).collect(Collectors.joining()))
                    .isEqualTo(text);
            assertThat(lines.get(0).start()).isZero();
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i).start()).isEqualTo(lines.get(i - 1).end());
            }
            // Only spaces and line breaks are left out of what the lines show.
            assertThat(String.join("", ParagraphLines.shown(text, lines)).replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 15, 40})
    void linesEndOnlyWhereIcuAllowsALineBreak(int wider) {
        BreakIterator opportunities = BreakIterator.getLineInstance(ULocale.ROOT);
        for (String text : List.of(GUIDE, MIXED)) {
            opportunities.setText(text);
            // At least as wide as the widest unbreakable run, so no word has to be cut.
            int widest = 0;
            for (int start = opportunities.first(), end = opportunities.next(); end != BreakIterator.DONE; start = end, end = opportunities.next()) {
                widest = Math.max(widest, text.substring(start, end).strip().length());
            }
            double width = widest + wider;
            List<ParagraphLines.Line> lines = ParagraphLines.of(text, String::length, width);
            assertThat(lines).allSatisfy(line -> assertThat(opportunities.isBoundary(line.end())).as(line.toString()).isTrue());
        }
    }

    @Test
    void breaksAtTheLastOpportunityThatFits() {
        assertThat(byCount("وقّعت OpenAI اتفاقًا مع أمازون", 12)).containsExactly("وقّعت OpenAI", "اتفاقًا مع", "أمازون");
    }

    /** ICU keeps a slash with the word before it ("في /"); the path breaks after a slash only when no space fits. */
    @Test
    void aShortcutAnAmountAndAPathStayWhole() {
        assertThat(byCount("اضغط Ctrl+Shift+N لصفقة بقيمة $38B في /tmp/r.db الآن", 14))
                .containsExactly("اضغط", "Ctrl+Shift+N", "لصفقة بقيمة", "$38B", "في /tmp/r.db", "الآن");
    }

    @Test
    void keepsTheTextsOwnLineBreaksAndEmptyLines() {
        assertThat(byCount("سطر أول\n\nسطر ثالث", 40)).containsExactly("سطر أول", "", "سطر ثالث");
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenWholeCharactersAsALastResort() {
        // "لِـ" with its vowel mark is one character of the reader's: never cut between a letter and its mark.
        List<String> lines = byCount("معالجاتٌ كثيرةٌ جدًا", 4);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(4));
        assertThat(String.join("", lines)).isEqualTo("معالجاتٌكثيرةٌجدًا");
        assertThat(lines).noneSatisfy(line -> assertThat(Character.getType(line.charAt(0))).isEqualTo((int) Character.NON_SPACING_MARK));
    }

    @Test
    void textThatFitsIsOneLine() {
        assertThat(byCount("مذكورة «OpenAI»", 40)).containsExactly("مذكورة «OpenAI»");
        assertThat(byCount("", 40)).containsExactly("");
    }

    @Test
    void noWidthYetGivesTheTextsOwnLines() {
        assertThat(byCount("سطر أول طويل\nسطر ثانٍ", 0)).containsExactly("سطر أول طويل", "سطر ثانٍ");
    }
}
