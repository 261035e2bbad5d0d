package com.computefolio.service.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final List<Locale> WITH_ARABIC = List.of(Locale.ENGLISH, ARABIC);

    @Test
    void withNothingChosenTheSystemsLanguageIsUsedWhenItIsShipped() {
        assertThat(Texts.choose(Optional.empty(), Locale.forLanguageTag("ar-EG"), WITH_ARABIC).locale().getLanguage()).isEqualTo("ar");
        assertThat(Texts.choose(Optional.empty(), Locale.UK, WITH_ARABIC).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anExplicitChoiceWinsOverTheSystemsLanguage() {
        assertThat(Texts.choose(Optional.of(ARABIC), Locale.US, WITH_ARABIC).locale().getLanguage()).isEqualTo("ar");
        assertThat(Texts.choose(Optional.of(Locale.ENGLISH), ARABIC, WITH_ARABIC).locale()).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "fr-FR", "zh-CN", "und"})
    void aLanguageThatIsNotShippedFallsBackToEnglishForTextsAndFormats(String tag) {
        Texts chosen = Texts.choose(Optional.of(Locale.forLanguageTag(tag)), Locale.forLanguageTag(tag));

        assertThat(chosen.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(chosen.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(chosen.decimal(new BigDecimal("38.5"))).isEqualTo("38.5");
        assertThat(chosen.messages().getString("app.name")).isEqualTo(Texts.english().messages().getString("app.name"));
    }

    @Test
    void everyBundleOfTheApplicationLoads() {
        Texts texts = Texts.english();
        for (String name : Texts.BUNDLES) {
            assertThat(texts.bundle(name).keySet()).as(name).isNotEmpty();
        }
        assertThat(texts.messages()).isSameAs(texts.bundle(Texts.MESSAGES));
        assertThat(texts.charts()).isSameAs(texts.bundle(Texts.CHARTS));
        assertThat(texts.cli()).isSameAs(texts.bundle(Texts.CLI));
        assertThat(texts.export()).isSameAs(texts.bundle(Texts.EXPORT));
    }

    @Test
    void aBundleThatIsNotTheApplicationsIsRefused() {
        assertThatThrownBy(() -> Texts.english().bundle("i18n/other")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("i18n/other");
    }

    @Test
    void messagesAreFilledInWithTheLanguagesNumbers() {
        assertThat(Texts.english().format("{0,choice,1#1 deal|1<{0,number,integer} deals} in {1}", 12_345, "USD"))
                .isEqualTo("12,345 deals in USD");
        assertThat(Texts.english().format("It''s {0}", "here")).isEqualTo("It's here");
    }

    @Test
    void decimalsKeepExactlyTheirOwnDigitsWithoutGrouping() {
        Texts texts = Texts.english();
        assertThat(texts.decimal(new BigDecimal("38.0"))).isEqualTo("38.0");
        assertThat(texts.decimal(new BigDecimal("12345.678"))).isEqualTo("12345.678");
        assertThat(texts.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(texts.decimal(new BigDecimal("-0.05"))).isEqualTo("-0.05");
        assertThat(texts.decimal(new BigDecimal("100000000000000000.01"))).isEqualTo("100000000000000000.01");
    }

    @Test
    void datesAndMonthsReadAsInTheFiles() {
        assertThat(Texts.english().date(LocalDate.of(2026, 3, 31))).isEqualTo("2026-03-31");
        assertThat(Texts.english().month(YearMonth.of(2025, 11))).isEqualTo("2025-11");
    }

    @Test
    void arabicWritesWesternDigitsUntilArabicIndicAreChosen() {
        Texts arabic = Texts.arabic();
        assertThat(arabic.digits()).isEqualTo(Digits.WESTERN);
        assertThat(arabic.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(arabic.decimal(new BigDecimal("38.5"))).isEqualTo("38.5");
        assertThat(arabic.date(LocalDate.of(2026, 3, 31))).isEqualTo("2026-03-31");
    }

    @Test
    void arabicIndicDigitsReachEveryNumberDateAndMonth() {
        Texts indic = Texts.arabic().withDigits(Digits.ARABIC_INDIC);
        assertThat(indic.number(1_234_567)).isEqualTo("١٬٢٣٤٬٥٦٧");
        assertThat(indic.decimal(new BigDecimal("38.5"))).isEqualTo("٣٨٫٥");
        assertThat(indic.decimal(new BigDecimal("1E+3"))).isEqualTo("١٠٠٠");
        // ISO order and hyphens stay: only the digits change shape.
        assertThat(indic.date(LocalDate.of(2026, 3, 31))).isEqualTo("٢٠٢٦-٠٣-٣١");
        assertThat(indic.month(YearMonth.of(2025, 11))).isEqualTo("٢٠٢٥-١١");
        assertThat(indic.digits("12.5%")).isEqualTo("١٢.٥%");
    }

    @Test
    void numbersAPatternFillsInFollowTheChosenDigitsButTextArgumentsKeepTheirs() {
        Texts indic = Texts.arabic().withDigits(Digits.ARABIC_INDIC);
        assertThat(indic.format("{0} / {1}", 12, "deal-42")).isEqualTo("١٢ / deal-42");
        assertThat(Texts.arabic().format("{0} / {1}", 12_345, "deal-42")).isEqualTo("12,345 / deal-42");
    }

    @Test
    void englishCanTakeArabicIndicDigitsAndTheLanguageStaysAsChosen() {
        Texts texts = Texts.choose(Optional.of(Locale.ENGLISH), Optional.of(Digits.ARABIC_INDIC));
        assertThat(texts.locale().getLanguage()).isEqualTo("en");
        assertThat(texts.number(12)).isEqualTo("١٢");
        assertThat(texts.messages().getString("app.name")).isEqualTo(Texts.english().messages().getString("app.name"));
        assertThat(Texts.choose(Optional.of(ARABIC), Optional.empty()).digits()).isEqualTo(Digits.WESTERN);
        assertThat(texts.withDigits(Digits.WESTERN).number(12)).isEqualTo("12");
    }

    @Test
    void aViewFillingABundlesPatternWithTheBundlesLocaleWritesTheChosenDigits() {
        java.util.ResourceBundle bundle = Texts.arabic().withDigits(Digits.ARABIC_INDIC).charts();
        assertThat(new java.text.MessageFormat("{0}", bundle.getLocale()).format(new Object[] {42})).isEqualTo("\u0664\u0662");
        assertThat(bundle.getLocale().getLanguage()).isEqualTo("ar");
        assertThat(bundle.keySet()).isEqualTo(Texts.arabic().charts().keySet());
    }

    @Test
    void theLocaleCarriesTheDigitsSoAnyJdkFormatMadeWithItFollowsThem() {
        assertThat(Texts.english().locale()).isEqualTo(Locale.ENGLISH);
        assertThat(java.text.NumberFormat.getIntegerInstance(Texts.arabic().locale()).format(45)).isEqualTo("45");
        assertThat(java.text.NumberFormat.getIntegerInstance(Texts.arabic().withDigits(Digits.ARABIC_INDIC).locale()).format(45))
                .isEqualTo("\u0664\u0665");
    }

    @Test
    void onlyArabicReadsRightToLeft() {
        assertThat(Texts.arabic().rightToLeft()).isTrue();
        assertThat(Texts.english().rightToLeft()).isFalse();
    }
}
