package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource({
        "3800000000000, USD, $38.00B",
        "45237500000, USD, $452.38M",
        "140000000000000, USD, $1.40T",
        "150000, USD, $1.50K",
        "99, USD, $0.99",
        "0, USD, $0.00",
        "-250000000000, USD, -$2.50B",
        "1200000000, EUR, EUR 12.00M",
    })
    void readableAmountsUseTheLargestUnitWithTwoDecimals(long minor, String currency, String expected) {
        assertThat(Amounts.readable(minor, currency)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "3800000000000, 38000000000.00",
        "1, 0.01",
        "-5, -0.05",
        "0, 0.00",
    })
    void exactAmountsAreDecimalStringsInMajorUnits(long minor, String expected) {
        assertThat(Amounts.exact(minor)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "1200000, 1.2",
        "1000000, 1",
        "1, 0.000001",
        "0, 0",
    })
    void gigawattsAreExactWithoutTrailingZeros(long kilowatts, String expected) {
        assertThat(Amounts.gigawatts(kilowatts)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "1200000, 1.2 GW",
        "4500, 0.005 GW",
        "0, 0 GW",
    })
    void readableGigawattsRoundToTheMegawatt(long kilowatts, String expected) {
        assertThat(Amounts.readableGigawatts(kilowatts)).isEqualTo(expected);
    }
}
