package com.computefolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and months are real, in the years a deal can have, and written exactly. */
class DateFieldsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'0000-01-01'  | 0000-01-01 is not a real date for a deal: there is no year 0.",
            "'1899-12-31'  | 1899-12-31 is not a real date for a deal: the year 1899 is outside 1900 to 2199.",
            "'2200-01-01'  | 2200-01-01 is not a real date for a deal: the year 2200 is outside 1900 to 2199.",
            "'9999-12-31'  | 9999-12-31 is not a real date for a deal: the year 9999 is outside 1900 to 2199.",
            "'2025-02-30'  | 2025-02-30 is not a real date: February 2025 has 28 days.",
            "'2024-02-30'  | 2024-02-30 is not a real date: February 2024 has 29 days.",
            "'2026-02-29'  | 2026-02-29 is not a real date: February 2026 has 28 days.",
            "'2025-04-31'  | 2025-04-31 is not a real date: April 2025 has 30 days.",
            "'2025-11-00'  | 2025-11-00 is not a real date: there is no day 0.",
            "'2025-13-01'  | 2025-13-01 is not a real date: there is no month 13.",
            "'2025-00-10'  | 2025-00-10 is not a real date: there is no month 0.",
            "' 2025-11-03' | \"2025-11-03\" is not a date: it has spaces around it.",
            "'2025-11-03 ' | is not a date: it has spaces around it.",
            "'2025-2-3'    | \"2025-2-3\" is not a date.",
            "'03/11/2025'  | \"03/11/2025\" is not a date.",
            "'2025-11-03T00:00' | \"2025-11-03T00:00\" is not a date.",
            "'+2025-11-03' | \"+2025-11-03\" is not a date.",
    })
    void refusesImpossibleAndOutOfRangeDates(String text, String message) {
        List<Problem> problems = new ArrayList<>();

        assertThat(DateFields.date(text, "announced", problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).endsWith(message.replaceFirst("^\"", "")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'0000-05'  | 0000-05 is not a real date for a deal: there is no year 0.",
            "'2205-03'  | 2205-03 is not a real date for a deal: the year 2205 is outside 1900 to 2199.",
            "'2026-13'  | 2026-13 is not a real month: there is no month 13.",
            "'2026-00'  | 2026-00 is not a real month: there is no month 0.",
            "' 2026-01' | is not a month: it has spaces around it.",
            "'2026-1'   | \"2026-1\" is not a month.",
    })
    void refusesImpossibleAndOutOfRangeMonths(String text, String message) {
        List<Problem> problems = new ArrayList<>();

        assertThat(DateFields.month(text, "term.start", problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).endsWith(message.replaceFirst("^\"", "")));
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01", "2024-02-29", "2025-11-03", "2199-12-31"})
    void acceptsRealDatesInRange(String text) {
        List<Problem> problems = new ArrayList<>();

        assertThat(DateFields.date(text, "announced", problems)).isEqualTo(LocalDate.parse(text));
        assertThat(DateFields.month(text.substring(0, 7), "term.start", problems)).isEqualTo(YearMonth.parse(text.substring(0, 7)));
        assertThat(problems).isEmpty();
    }
}
