package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.cli.Amounts;
import com.computefolio.cli.CliMessages;
import com.computefolio.service.text.Digits;
import com.computefolio.service.text.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    private static final long BILLION_CENTS = 100_000_000_000L;

    private final ValueFormat english = ValueFormat.english();
    private final ValueFormat arabic = new ValueFormat(Texts.arabic());
    private final ValueFormat arabicDigits = new ValueFormat(Texts.arabic().withDigits(Digits.ARABIC_INDIC));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "92400000000000 | USD | $924B",
        "1190000000000  | USD | $11.9B",
        "123200000000000| USD | $1,232B",
        "35000000000    | USD | $350M",
        "1250           | USD | $12.5",
        "-3800000000000 | USD | -$38B",
        "1200000000000  | EUR | EUR 12B",
        "35000000000    |     | $350M"})
    void englishMoneyIsWrittenAsBefore(long minor, String currency, String expected) {
        assertThat(english.money(minor, currency)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "92400000000000 | USD | 924\u00a0مليار دولار",
        "1190000000000  | USD | 11.9\u00a0مليار دولار",
        "35000000000    | USD | 350\u00a0مليون دولار",
        "1250           | USD | 12.5 دولار",
        "1200000000000  | EUR | 12\u00a0مليار EUR"})
    void arabicMoneyPutsTheScaleAndCurrencyAsWordsAfterTheNumber(long minor, String currency, String expected) {
        assertThat(arabic.money(minor, currency)).isEqualTo(expected);
    }

    @Test
    void capacityIsInGigawattsOrMegawattsInTheReadersLanguage() {
        assertThat(english.capacity(40_000_000)).isEqualTo("40 GW");
        assertThat(english.capacity(750_000)).isEqualTo("750 MW");
        assertThat(english.capacity(0)).isEqualTo("0 GW");
        assertThat(arabic.capacity(40_000_000)).isEqualTo("40 غيغاواط");
        assertThat(arabic.capacity(750_000)).isEqualTo("750 ميغاواط");
    }

    @Test
    void arabicAmountsFollowTheChosenDigits() {
        assertThat(arabicDigits.money(924 * BILLION_CENTS, "USD")).isEqualTo("٩٢٤\u00a0مليار دولار");
        assertThat(arabicDigits.capacity(4_500_000)).isEqualTo("٤.٥ غيغاواط");
    }

    @Test
    void noArabicAmountCarriesAnEnglishScaleOrUnit() {
        for (long minor : new long[] {1, 99_999, 35_000_000_000L, 924 * BILLION_CENTS, -924 * BILLION_CENTS}) {
            assertThat(arabic.money(minor, "USD")).doesNotContainPattern("[$A-Za-z]");
        }
        for (long kw : new long[] {0, 1, 750_000, 40_000_000}) {
            assertThat(arabic.capacity(kw)).doesNotContainPattern("[A-Za-z]");
        }
    }

    @Test
    void theCommandLineAndTheChartsUseTheSameWords() {
        CliMessages messages = new CliMessages(Texts.arabic());
        assertThat(Amounts.readable(messages, 138 * BILLION_CENTS, "USD")).isEqualTo("138.00\u00a0مليار دولار");
        assertThat(arabic.money(138 * BILLION_CENTS, "USD")).isEqualTo("138\u00a0مليار دولار");
        assertThat(Amounts.readableGigawatts(messages, 2_000_000)).isEqualTo("2 غيغاواط");
        assertThat(Amounts.readable(new CliMessages(Texts.english()), 138 * BILLION_CENTS, "USD")).isEqualTo("$138.00B");
    }

    @Test
    void aViewGivenOnlyItsBundleFormatsInTheSameLanguageAndDigits() {
        Texts chosen = Texts.arabic().withDigits(Digits.ARABIC_INDIC);
        ValueFormat fromBundle = new ValueFormat(Texts.forLocale(chosen.messages().getLocale()));
        assertThat(fromBundle.money(350 * BILLION_CENTS / 1000, "USD")).isEqualTo("٣٥٠\u00a0مليون دولار");
        assertThat(new ValueFormat(Texts.forLocale(Texts.english().messages().getLocale())).capacity(750_000)).isEqualTo("750 MW");
    }
}
