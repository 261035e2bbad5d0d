package com.computefolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.text.ProblemTexts;
import com.computefolio.service.text.Texts;
import com.computefolio.testing.EnglishLeft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Why a source's address is no URL: the JDK's reason kept word for word in English and said by key in Arabic
 * (issue 16), so no English is left inside the Arabic sentence.
 */
class SourceAddressReasonsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://example.com/a b|is not a well-formed URL (Illegal character in path)|ليس عنواناً سليم الصياغة، والسبب فيه حرف غير مسموح به في المسار",
            "https://example.com/?q=a b|is not a well-formed URL (Illegal character in query)|ليس عنواناً سليم الصياغة، والسبب فيه حرف غير مسموح به في جزء الاستعلام",
            "https://exa mple.com/|is not a well-formed URL (Illegal character in authority)|ليس عنواناً سليم الصياغة، والسبب فيه حرف غير مسموح به في جزء الخادم",
            "://example.com|is not a well-formed URL (Expected scheme name)|ليس عنواناً سليم الصياغة، والسبب ينقصه اسم البروتوكول في أوله",
            "https://example.com/%zz|is not a well-formed URL (Malformed escape pair)|ليس عنواناً سليم الصياغة، والسبب فيه ترميز بعلامة النسبة المئوية غير مكتمل"})
    void theJdksReasonIsItsOwnEnglishAndArabicByKey(String url, String english, String arabic) {
        ProblemText why = SourceChecks.urlProblem(url);

        assertThat(why.english()).isEqualTo(english);
        String said = new ProblemTexts(Texts.arabic()).say(why);
        assertThat(said).isEqualTo(arabic);
        EnglishLeft.assertNoEnglishIn(said);
    }
}
