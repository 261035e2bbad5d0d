package com.computefolio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computefolio.ui.common.AmountLabels.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountLabelsTest {
    @Test
    void anAmountInArabicWordsIsARunOfItsOwnLeftToRight() {
        assertEquals(List.of(new Piece("إجمالي الالتزامات", false, true), new Piece(":", false, false),
                        new Piece("$924B", true, true), new Piece("·", false, true), new Piece("24", true, true),
                        new Piece("صفقة", false, true)),
                AmountLabels.pieces("إجمالي الالتزامات: $924B · 24 صفقة"));
    }

    @Test
    void signCurrencyCodeAndUnitStayWithTheirNumber() {
        assertEquals(List.of(new Piece("الصافي", false, true), new Piece(":", false, false), new Piece("−US$3.5B", true, true)),
                AmountLabels.pieces("الصافي: −US$3.5B"));
        assertEquals(List.of(new Piece("الصافي", false, true), new Piece("$-761B", true, true)), AmountLabels.pieces("الصافي $-761B"));
        assertEquals(List.of(new Piece("القدرة", false, true), new Piece("1.2 GW", true, true)), AmountLabels.pieces("القدرة 1.2 GW"));
    }

    @Test
    void aFileLocationAndAJsonPathInAnArabicProblemStayWholeLeftToRight() {
        // The import's problem lines: the digits of "deals.json:1:32" and "[0]" are not amounts of the sentence.
        assertEquals(List.of(new Piece("/tmp/r/deals.json:1:32", true, true), new Piece(":", false, false),
                        new Piece("$.deals[0].buyer", true, true), new Piece(":", false, false), new Piece("الحقل المطلوب", false, true),
                        new Piece("»", true, true), new Piece("buyer", true, false), new Piece("«", true, false),
                        new Piece("غير موجود", false, true), new Piece(".", false, false)),
                AmountLabels.runs("/tmp/r/deals.json:1:32: $.deals[0].buyer: الحقل المطلوب «buyer» غير موجود.",
                        javafx.geometry.NodeOrientation.RIGHT_TO_LEFT));
    }

    @Test
    void latinWordsSideBySideInAnArabicLineReadAsOnePhraseAndANumberStaysApart() {
        // A chart tooltip's source line: the publisher's name read forwards, not word by word from the right.
        List<Piece> runs = AmountLabels.runs("مايكروسوفت: 8.62 مليار دولار — [4] Telegraph India (Reuters)",
                javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        assertTrue(runs.contains(new Piece("Telegraph India (Reuters)", true, true)), runs::toString);
        assertTrue(runs.contains(new Piece("[4]", true, true)), runs::toString);
    }

    @Test
    void aDateIsOneRun() {
        assertEquals(List.of(new Piece("من", false, true), new Piece("2025-01-21", true, true), new Piece("إلى", false, true),
                new Piece("2034-12", true, true)), AmountLabels.pieces("من 2025-01-21 إلى 2034-12"));
    }

    @Test
    void textWithoutArabicIsLeftAsItIs() {
        assertTrue(AmountLabels.pieces("Total committed: $924B · 24 deals").isEmpty());
        assertTrue(AmountLabels.pieces(null).isEmpty());
    }

    @Test
    void aMiddleDotOrColonBetweenArabicWordsIsARunOfItsOwn() {
        // The Flows tab's summary: "·" and ":" between words, not only beside an amount, moved the word before them.
        assertEquals(List.of(new Piece("16", true, true), new Piece("زوجًا", false, true), new Piece("·", false, true),
                        new Piece("الخارج", false, true), new Piece("$924B", true, true)),
                AmountLabels.pieces("16 زوجًا\u2002·\u2002الخارج $924B"));
        assertEquals(List.of(new Piece("زوجان دائريان", false, true), new Piece(":", false, false),
                        new Piece("يمكن أن يُدفع", false, true), new Piece("16.24%", true, true)),
                AmountLabels.pieces("زوجان دائريان: يمكن أن يُدفع 16.24%"));
    }

    @Test
    void aQuoteOrGuillemetBetweenArabicWordsIsARunOfItsOwn() {
        assertEquals(List.of(new Piece("ذكرت", false, true), new Piece("«", false, true), new Piece("أوراكل", false, false),
                        new Piece("»", false, false), new Piece("في المقال", false, true)),
                AmountLabels.pieces("ذكرت «أوراكل» في المقال"));
        assertEquals(List.of(new Piece("قال", false, true), new Piece("\"", false, true), new Piece("نعم", false, false),
                        new Piece("\"", false, false), new Piece("أمس", false, true)),
                AmountLabels.pieces("قال \"نعم\" أمس"));
    }

    @Test
    void eachBracketAroundArabicWordsIsARunOfItsOwn() {
        // JavaFX draws "(يدفع المشتري)" in one label with its brackets facing outwards; a bracket alone is drawn right.
        assertEquals(List.of(new Piece("الخارج", false, true), new Piece("(", false, true), new Piece("يدفع المشتري", false, false),
                new Piece(")", false, false)), AmountLabels.pieces("الخارج (يدفع المشتري)"));
        assertEquals(List.of(new Piece("الصافي", false, true), new Piece("(", false, true), new Piece("الداخل", false, false),
                        new Piece("−", false, true), new Piece("الخارج", false, true), new Piece(")", false, false)),
                AmountLabels.pieces("الصافي (الداخل − الخارج)"));
        assertEquals(List.of(new Piece("أزور", false, true), new Piece("(", false, true), new Piece("مايكروسوفت", false, false),
                new Piece(")", false, false)), AmountLabels.pieces("أزور (مايكروسوفت)"));
    }

    @Test
    void aLeadingMinusStaysWithItsNumber() {
        assertEquals(List.of(new Piece("-3.5", true, true), new Piece("مليار دولار", false, true)),
                AmountLabels.pieces("-3.5 مليار دولار"));
        assertEquals(List.of(new Piece("الصافي", false, true), new Piece("-$761B", true, true)),
                AmountLabels.pieces("الصافي -$761B"));
    }

    @Test
    void aPercentageOrAnAmountIsARunOfItsOwnInBracketsOrNot() {
        assertEquals(List.of(new Piece("ممول", false, true), new Piece("(36.23%)", true, true)), AmountLabels.pieces("ممول (36.23%)"));
        assertEquals(List.of(new Piece("يُدفع", false, true), new Piece("16.24%", true, true), new Piece("من مشترياتها", false, true)),
                AmountLabels.pieces("يُدفع 16.24% من مشترياتها"));
        assertEquals(List.of(new Piece("~", false, true), new Piece("924", true, false), new Piece("مليار دولار", false, true),
                        new Piece("(", false, true), new Piece("تقدير", false, false), new Piece(")", false, false)),
                AmountLabels.pieces("~924 مليار دولار (تقدير)"));
        assertEquals(List.of(new Piece("الإصدار", false, true), new Piece("(", false, true), new Piece("3", true, false),
                new Piece("أزواج", false, true), new Piece(")", false, false)), AmountLabels.pieces("الإصدار (3 أزواج)"));
        assertEquals(List.of(new Piece("الأدوار", false, true), new Piece("(3)", true, true)), AmountLabels.pieces("الأدوار (3)"));
    }

    @Test
    void aPathInBracketsIsOneRunLeftToRightTheArabicSemicolonApart() {
        assertEquals(List.of(new Piece("كل سيناريو", false, true), new Piece("(docs/scenarios.md)", true, true),
                        new Piece("؛", false, false), new Piece("وأي اختبار", false, true)),
                AmountLabels.pieces("كل سيناريو (docs/scenarios.md)؛ وأي اختبار"));
    }

    @Test
    void aLatinNameInBracketsInsideArabicBracketsKeepsOnlyItsOwnPair() {
        assertEquals(List.of(new Piece("(", false, true), new Piece("أوبن إيه آي", false, false), new Piece("(OpenAI)", true, true),
                new Piece(")", false, false)), AmountLabels.pieces("(أوبن إيه آي (OpenAI))"));
    }

    @Test
    void aLatinWordIsOneRunLeftToRightItsQuotesApart() {
        assertEquals(List.of(new Piece("المحفظة", false, true), new Piece(":", false, false),
                new Piece("/tmp/arfinish/r.db", true, true)), AmountLabels.pieces("المحفظة: /tmp/arfinish/r.db"));
        assertEquals(List.of(new Piece("تغيّرت الصفقة", false, true), new Piece("«", false, true),
                        new Piece("openai-aws-2025", true, false), new Piece("»", false, false), new Piece("أمس", false, true)),
                AmountLabels.pieces("تغيّرت الصفقة «openai-aws-2025» أمس"));
        assertEquals(List.of(new Piece("جي", false, true), new Piece("42", true, true), new Piece("(G42)", true, true)),
                AmountLabels.pieces("جي 42 (G42)"));
    }

    @Test
    void bracketsAndQuotesAmongArabicWordsAreRunsOfTheirOwnShownMirrored() {
        assertEquals(List.of(new Piece("مايكروسوفت", false, true), new Piece(")", true, true), new Piece("أزور", false, false),
                new Piece("(", true, false)), AmountLabels.runs("مايكروسوفت (أزور)"));
        assertEquals(List.of(new Piece("حذف", false, true), new Piece("»", true, true), new Piece("أوراكل", false, false),
                new Piece("(OCI)", true, true), new Piece("«", true, false), new Piece("؟", false, false)),
                AmountLabels.runs("حذف «أوراكل (OCI)»؟"));
    }

    @Test
    void aLineThatReadsLeftToRightKeepsItsMarksAsTheyAre() {
        assertEquals(AmountLabels.pieces("Undo Edit «أوراكل (أزور)»"), AmountLabels.runs("Undo Edit «أوراكل (أزور)»"));
        assertTrue(AmountLabels.runs("Oracle (OCI)").isEmpty());
    }

    @Test
    void aTimeIsOneRun() {
        assertEquals(List.of(new Piece("2026-12-07", true, true), new Piece("11:29", true, true), new Piece("UTC", true, true),
                new Piece("·", false, true), new Piece("عُدّلت", false, true)), AmountLabels.pieces("2026-12-07 11:29 UTC · عُدّلت"));
    }
}
