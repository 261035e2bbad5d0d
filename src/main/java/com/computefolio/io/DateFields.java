package com.computefolio.io;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates (YYYY-MM-DD) and months (YYYY-MM) of the file formats strictly: "2025-2-3",
 * "2025-02-30", " 2025-02-03" (spaces around it) and years outside {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR} (year 0000, a slipped 2205) are refused with a problem that says why, rather
 * than guessed at. The years bound what a compute contract can be: none predates electronic
 * computing, and a term of a century (the longest allowed) from 2199 still fits the timeline.
 */
public final class DateFields {

    public static final String DATE_EXPECTED = "an ISO date YYYY-MM-DD such as 2025-11-03";
    public static final String MONTH_EXPECTED = "a month YYYY-MM such as 2025-11";
    /** {@link #DATE_EXPECTED} as a problem says it (the string stays for the schema's descriptions). */
    public static final ProblemText DATE_EXPECTATION = say(EXPECT_DATE);
    public static final ProblemText MONTH_EXPECTATION = say(EXPECT_MONTH);

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private DateFields() {
    }

    /** The date, or null (with a problem added) if the text is not a real ISO date. Null text gives null. */
    public static LocalDate date(String text, String path, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            problems.add(Problem.at(path, say(spacesAround(text, DATE) ? NOT_A_DATE_SPACES : NOT_A_DATE, text), DATE_EXPECTATION));
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (outOfRange(text, year, path, DATE_EXPECTATION, problems)) {
            return null;
        }
        if (month < 1 || month > 12) {
            problems.add(Problem.at(path, say(DATE_NO_SUCH_MONTH, text, month), DATE_EXPECTATION));
            return null;
        }
        if (day < 1) {
            problems.add(Problem.at(path, say(DATE_NO_DAY_ZERO, text), DATE_EXPECTATION));
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            int length = YearMonth.of(year, month).lengthOfMonth();
            problems.add(Problem.at(path, say(DATE_DAY_BEYOND_MONTH, text, Month.of(month), year, length), DATE_EXPECTATION));
            return null;
        }
    }

    /** The month, or null (with a problem added) if the text is not YYYY-MM. Null text gives null. */
    public static YearMonth month(String text, String path, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        Matcher m = MONTH.matcher(text);
        if (!m.matches()) {
            problems.add(Problem.at(path, say(spacesAround(text, MONTH) ? NOT_A_MONTH_SPACES : NOT_A_MONTH, text), MONTH_EXPECTATION));
            return null;
        }
        if (outOfRange(text, Integer.parseInt(m.group(1)), path, MONTH_EXPECTATION, problems)) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            problems.add(Problem.at(path, say(MONTH_NO_SUCH_MONTH, text, month), MONTH_EXPECTATION));
            return null;
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), month);
    }

    /** ": it has spaces around it." when that is all that is wrong, else ".". */
    /** Whether the text would be of the form but for spaces around it, which the problem then names. */
    private static boolean spacesAround(String text, Pattern form) {
        String stripped = text.strip();
        return !stripped.equals(text) && form.matcher(stripped).matches();
    }

    private static boolean outOfRange(String text, int year, String path, ProblemText expected, List<Problem> problems) {
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
            return false;
        }
        ProblemText why = year == 0 ? say(NO_YEAR_ZERO) : say(YEAR_OUTSIDE, year, FIRST_YEAR, LAST_YEAR);
        problems.add(Problem.at(path, say(DATE_NOT_FOR_A_DEAL, text, why), say(EXPECT_IN_YEARS, expected, FIRST_YEAR, LAST_YEAR)));
        return true;
    }

}
