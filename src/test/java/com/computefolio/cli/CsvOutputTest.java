package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvOutputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "plain|plain",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "=HYPERLINK(1)|'=HYPERLINK(1)",
        "+1 more|'+1 more",
        "@SUM(A1)|'@SUM(A1)",
        "-5.25|-5.25",
        "-x|'-x",
        "38000000000.00|38000000000.00",
    })
    void quotesSeparatorsAndDefusesFormulasButLeavesNumbersAlone(String raw, String written) {
        assertThat(CsvOutput.escape(raw)).isEqualTo(written);
    }
}
