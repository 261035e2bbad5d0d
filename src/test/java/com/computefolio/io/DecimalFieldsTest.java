package com.computefolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Money;
import com.computefolio.domain.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts and currency codes are taken exactly as written or refused with the reason. */
class DecimalFieldsTest {

    private static List<Problem> amountProblems(String text) {
        List<Problem> problems = new ArrayList<>();
        Money money = DecimalFields.money(text, "USD", "amount", problems);
        assertThat(money).as(text).isNull();
        return problems;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'-0'              | zero has no sign.",
            "'-0.00'           | zero has no sign.",
            "'-000'            | zero has no sign.",
            "' 1000 '          | it has spaces around it.",
            "'1000 '           | it has spaces around it.",
            "'\t1000'          | it has spaces around it.",
            "'+5'              | it has a + sign.",
            "'+0'              | it has a + sign.",
            "'1e9'             | it is in exponent notation.",
            "'1E+9'            | it is in exponent notation.",
            "'3.8e-2'          | it is in exponent notation.",
            "'1,000'           | it has a comma (a thousands separator or a decimal comma).",
            "'38,5'            | it has a comma (a thousands separator or a decimal comma).",
            "'$38'             | it has a currency sign.",
            "'38€'             | it has a currency sign.",
            "'£1'              | it has a currency sign.",
            "'.5'              | is not a plain decimal number.",
            "'5.'              | is not a plain decimal number.",
            "'1 000'           | is not a plain decimal number.",
            "'0x10'            | is not a plain decimal number.",
            "'NaN'             | is not a plain decimal number.",
            "'--5'             | is not a plain decimal number.",
    })
    void refusesAnythingButPlainNotationAndSaysWhy(String text, String reason) {
        assertThat(amountProblems(text)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("\"" + text + "\" is not a plain decimal number").endsWith(reason);
            assertThat(p.path()).isEqualTo("amount");
        });
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0.00, 0", "12.5, 1250", "38000000000, 3800000000000", "-5, -500", "007, 700"})
    void acceptsPlainNotation(String text, long cents) {
        List<Problem> problems = new ArrayList<>();

        assertThat(DecimalFields.money(text, "USD", "amount", problems)).isEqualTo(Money.usd(cents));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'XYZ'  | \"XYZ\" is not a currency code: it is not in ISO 4217.",
            "'ABC'  | \"ABC\" is not a currency code: it is not in ISO 4217.",
            "'usd'  | \"usd\" is not a currency code: ISO codes are written in capitals (USD).",
            "'Eur'  | \"Eur\" is not a currency code: ISO codes are written in capitals (EUR).",
            "'US$'  | \"US$\" is not a currency code.",
            "'$'    | \"$\" is not a currency code.",
            "'USDT' | \"USDT\" is not a currency code.",
            "' USD' | \"USD\" is not a currency code: it has spaces around it.",
            "'dollars' | \"dollars\" is not a currency code.",
    })
    void refusesCurrencyCodesOutsideIso4217(String text, String message) {
        List<Problem> problems = new ArrayList<>();

        assertThat(DecimalFields.currency(text, "currency", problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).endsWith(message.substring(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "EUR", "GBP", "JPY", "CNY", "SAR", "AED", "KRW", "INR", "CHF"})
    void acceptsIsoCodes(String code) {
        List<Problem> problems = new ArrayList<>();

        assertThat(DecimalFields.currency(code, "currency", problems)).isEqualTo(code);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'-0'    | zero has no sign.",
            "'4.5e0' | it is in exponent notation.",
            "' 4.5'  | it has spaces around it.",
            "'+4.5'  | it has a + sign.",
            "'4,5'   | it has a comma (a thousands separator or a decimal comma).",
    })
    void capacitiesFollowTheSameRules(String text, String reason) {
        List<Problem> problems = new ArrayList<>();

        assertThat(DecimalFields.capacity(text, "capacityGw", problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).endsWith(reason));
    }
}
