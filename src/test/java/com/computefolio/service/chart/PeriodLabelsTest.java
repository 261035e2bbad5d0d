package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.Granularity;
import com.computefolio.service.text.Texts;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodLabelsTest {

    @Test
    void englishQuartersKeepTheirShorthand() {
        assertThat(PeriodLabels.of(Granularity.QUARTER, YearMonth.of(2026, 4), Locale.ENGLISH)).isEqualTo("2026-Q2");
    }

    @Test
    void arabicQuartersAreNamedInArabicWithNoLatinLetter() {
        // The window's Arabic with its default Western digits, as Texts gives it to every chart.
        String label = PeriodLabels.of(Granularity.QUARTER, YearMonth.of(2026, 10), Texts.arabic().locale());
        assertThat(label).doesNotMatch(".*[A-Za-z].*").contains("4").contains("2026").matches(".*\\p{IsArabic}.*");
    }

    @Test
    void arabicQuartersTakeTheChosenDigits() {
        String label = PeriodLabels.of(Granularity.QUARTER, YearMonth.of(2026, 1), Locale.forLanguageTag("ar-u-nu-arab"));
        assertThat(label).contains("١").contains("٢٠٢٦").doesNotMatch(".*[0-9].*");
    }

    @Test
    void yearsStayPlainNumbers() {
        assertThat(PeriodLabels.of(Granularity.YEAR, YearMonth.of(2026, 1), Texts.arabic().locale())).isEqualTo("2026");
    }
}
