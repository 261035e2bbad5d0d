package com.computefolio.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleLinesTest {
    /** One unit of width per character, so the lines can be checked by counting. */
    private static String broken(String text, double width) {
        return ArticleLines.broken(text, String::length, width);
    }

    @Test
    void breaksAtTheLastSpaceThatFits() {
        assertEquals("وقّعت OpenAI\nاتفاقًا مع\nأمازون", broken("وقّعت OpenAI اتفاقًا مع أمازون", 12));
    }

    @Test
    void keepsTheTextsLengthSoHighlightOffsetsHold() {
        String text = "وقّعت OpenAI اتفاقًا مع أمازون ويب سيرفيسز\n\nوتحصل الشركة على مئات الآلاف";
        String lines = broken(text, 10);
        assertEquals(text.length(), lines.length());
        assertEquals(text.replace('\n', ' '), lines.replace('\n', ' '));
        for (String line : lines.split("\n")) {
            assertTrue(line.length() <= 10 || !line.contains(" "), line);
        }
    }

    @Test
    void keepsItsOwnParagraphsAndAWordWiderThanTheLine() {
        assertEquals("سطر\n\nمعالجاتكثيرة\nجدا", broken("سطر\n\nمعالجاتكثيرة جدا", 5));
    }

    @Test
    void textThatFitsIsUnchanged() {
        assertEquals("مذكورة «OpenAI»", broken("مذكورة «OpenAI»", 40));
    }

    @Test
    void onlyRightToLeftTextIsBrokenHere() {
        assertTrue(ArticleLines.needed("OpenAI signed with أمازون"));
        assertFalse(ArticleLines.needed("OpenAI signed a $38B deal with Amazon"));
        assertFalse(ArticleLines.needed(null));
    }
}
