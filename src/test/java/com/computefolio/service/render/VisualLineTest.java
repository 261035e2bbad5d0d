package com.computefolio.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VisualLineTest {

    private static Font latin;

    @BeforeAll
    static void fonts() {
        latin = ChartFonts.load().regular(12);
    }

    private static List<String> glyphs(VisualLine line) {
        return line.runs().stream().map(VisualLine.Run::glyphs).toList();
    }

    @Test
    void anArabicWordIsShapedIntoJoinedFormsAndReversedForDrawing() {
        VisualLine line = VisualLine.of("أمازون", latin, true);

        assertThat(line.runs()).hasSize(1);
        String drawn = line.runs().get(0).glyphs();
        assertThat(drawn.codePoints()).allMatch(cp -> cp >= 0xFE70 && cp <= 0xFEFF);
        String backInLogicalOrder = new StringBuilder(drawn).reverse().toString();
        assertThat(Normalizer.normalize(backInLogicalOrder, Normalizer.Form.NFKC)).isEqualTo("أمازون");
        assertThat(line.runs().get(0).font().getFontName()).startsWith("Noto Sans Arabic");
    }

    @Test
    void lamFollowedByAlefBecomesOneLigature() {
        String drawn = VisualLine.of("الا", latin, true).runs().get(0).glyphs();

        // Alef, then lam-alef (isolated: the alef before it does not join forward): two glyphs for three letters.
        assertThat(drawn).hasSize(2).contains("\uFEFB");
    }

    @Test
    void aLatinNameInARightToLeftLineKeepsItsOrderAndFontAndTheBracketsAreMirrored() {
        VisualLine line = VisualLine.of("كورويف (CoreWeave)", latin, true);

        // Visual order, left to right: the bracket that closes the name, the Latin word, then the Arabic word.
        assertThat(glyphs(line).get(0)).isEqualTo("(");
        assertThat(glyphs(line)).contains("CoreWeave");
        assertThat(line.runs().stream().filter(r -> r.glyphs().equals("CoreWeave")).findFirst().orElseThrow().font().getFontName())
                .isEqualTo("DejaVu Sans");
        assertThat(glyphs(line).get(glyphs(line).size() - 1)).endsWith("\uFEDB");
    }

    @Test
    void latinTextIsLeftAsItIs() {
        VisualLine line = VisualLine.of("Amazon (AWS) $38B", latin, false);

        assertThat(glyphs(line)).containsExactly("Amazon (AWS) $38B");
        assertThat(ScriptText.needsBidi("Amazon (AWS) $38B")).isFalse();
    }

    @Test
    void widthIsTheSumOfTheRunsAsDrawn() {
        VisualLine line = VisualLine.of("برودكوم 2025", latin, true);

        double sum = line.runs().stream().mapToDouble(r -> r.font().getStringBounds(r.glyphs(),
                new java.awt.font.FontRenderContext(null, true, true)).getWidth()).sum();
        assertThat(line.width()).isPositive().isCloseTo(sum, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aLineRunsRightToLeftInArabicWhenItHoldsArabicLettersAndByItsFirstLetterInEnglish() {
        TextDirection arabic = TextDirection.of(Locale.forLanguageTag("ar"));
        TextDirection english = TextDirection.of(Locale.ENGLISH);

        assertThat(arabic.isRightToLeft()).isTrue();
        assertThat(arabic.isRightToLeftLine("OpenAI صفقة")).isTrue();
        assertThat(arabic.isRightToLeftLine("OpenAI")).isFalse();
        assertThat(english.isRightToLeft()).isFalse();
        assertThat(english.isRightToLeftLine("OpenAI صفقة")).isFalse();
        assertThat(english.isRightToLeftLine("أمازون (AWS)")).isTrue();
    }
}
