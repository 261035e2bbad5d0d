package com.computefolio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "38000000000 | 38000000000",
            "38B | 38000000000",
            "38 bn | 38000000000",
            "1.5b | 1500000000",
            "350M | 350000000",
            "$38,000,000,000 | 38000000000",
            "0.25 | 0.25",
            "-5B | -5000000000",
    })
    void acceptsTheWaysAnalystsTypeAmounts(String text, String expected) {
        assertThat(AmountText.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "38BB", "1.2.3", "B", "12x"})
    void refusesTextThatIsNoAmount(String text) {
        assertThatThrownBy(() -> AmountText.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({"38000000000, 38B", "1500000000, 1.5B", "350000000, 350M", "1234.56, 1234.56", "1234567891, 1234567891", "0, 0"})
    void showsTheShortestExactForm(String amount, String expected) {
        assertThat(AmountText.format(new BigDecimal(amount))).isEqualTo(expected);
        assertThat(AmountText.parse(expected)).isEqualByComparingTo(new BigDecimal(amount));
    }
}
