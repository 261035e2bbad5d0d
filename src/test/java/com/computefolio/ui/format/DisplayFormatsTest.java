package com.computefolio.ui.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import com.computefolio.ui.common.Messages;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {
    private final DisplayFormats formats = new DisplayFormats(Messages.english());

    private static Figure figure(ValueBasis basis, String billions, Confidence confidence) {
        return new Figure(basis, billions == null ? null : Money.billionsUsd(billions), null, null, confidence, List.of(), null);
    }

    @ParameterizedTest(name = "{0} {1} {2} reads {3}")
    @CsvSource({
            "TOTAL_OVER_TERM, 38, OFFICIAL, $38.0B",
            "UP_TO, 100, OFFICIAL, up to $100B",
            "ANALYST_ESTIMATE, 90, ESTIMATE, ~$90B (est.)",
            "TOTAL_OVER_TERM, 22.4, ESTIMATE, ~$22B (est.)",
            "PER_YEAR, 60, REPORTED, $60.0B/yr",
            "TOTAL_OVER_TERM, 0.35, REPORTED, $350M",
            "TOTAL_OVER_TERM, 0.0125, REPORTED, $12.5M",
            "TOTAL_OVER_TERM, 1400, OFFICIAL, $1.4T",
    })
    void figuresReadTheWayAnalystsWriteThem(ValueBasis basis, String billions, Confidence confidence, String expected) {
        assertThat(formats.figure(figure(basis, billions, confidence))).isEqualTo(expected);
    }

    @Test
    void anUndisclosedFigureSaysSo() {
        assertThat(formats.figure(Figure.undisclosed(Confidence.OFFICIAL, List.of()))).isEqualTo("undisclosed");
    }

    @Test
    void otherCurrenciesKeepTheirCode() {
        assertThat(formats.money(250_000_000_000L, "CHF")).isEqualTo("CHF 2.5B");
        assertThat(formats.money(250_000_000_000L, "EUR")).isEqualTo("\u20ac2.5B");
    }

    @Test
    void capacityAndTermsAreCompact() {
        assertThat(formats.gigawatts(Capacity.ofGigawatts("1.25"))).isEqualTo("1.25");
        assertThat(formats.gigawatts(Capacity.ofGigawatts("10"))).isEqualTo("10");
        assertThat(formats.term(Term.of(YearMonth.of(2025, 11), 84))).isEqualTo("2025-11, 84 mo");
        assertThat(formats.term(new Term(YearMonth.of(2026, 1), 60, true))).isEqualTo("\u2248 2026-01, 60 mo");
    }

    @Test
    void arabicWritesTheAmountThenItsScaleThenTheCurrencyAsItsPressDoes() {
        DisplayFormats arabic = new DisplayFormats(new Messages(com.computefolio.service.text.Texts.arabic()));
        assertThat(arabic.money(3_800_000_000_000L, "USD")).isEqualTo("38.0\u00a0\u0645\u0644\u064a\u0627\u0631 \u062f\u0648\u0644\u0627\u0631");
        assertThat(arabic.money(500_000_000_000L, "CHF")).isEqualTo("5.0\u00a0\u0645\u0644\u064a\u0627\u0631 CHF");
        assertThat(arabic.exactMoney(123_456L, "USD")).isEqualTo("1,234.56 \u062f\u0648\u0644\u0627\u0631");
        // English keeps its symbol before the amount, exactly as before.
        assertThat(formats.money(500_000_000_000L, "CHF")).isEqualTo("CHF 5.0B");
        assertThat(formats.exactMoney(-123_456L, "USD")).isEqualTo("-$1,234.56");
    }

    @Test
    void arabicIndicDigitsReachAmountsCapacitiesTermsAndDates() {
        DisplayFormats indic = new DisplayFormats(new Messages(com.computefolio.service.text.Texts.arabic()
                .withDigits(com.computefolio.service.text.Digits.ARABIC_INDIC)));
        assertThat(indic.money(3_800_000_000_000L, "USD")).startsWith("\u0663\u0668\u066b\u0660");
        assertThat(indic.gigawatts(1_200_000L)).isEqualTo("\u0661.\u0662");
        assertThat(indic.term(new Term(YearMonth.of(2025, 11), 84, false))).startsWith("\u0662\u0660\u0662\u0665-\u0661\u0661")
                .contains("\u0668\u0664");
        assertThat(indic.date(java.time.LocalDate.of(2026, 3, 31))).isEqualTo("\u0662\u0660\u0662\u0666-\u0660\u0663-\u0663\u0661");
        assertThat(indic.exactMoney(123_456L, "USD")).startsWith("\u0661\u066c\u0662\u0663\u0664\u066b\u0665\u0666");
    }
}
