package com.computefolio.io.csv;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;
import static com.computefolio.io.csv.DealsCsvColumns.AMOUNT;
import static com.computefolio.io.csv.DealsCsvColumns.ANNOUNCED;
import static com.computefolio.io.csv.DealsCsvColumns.BASIS;
import static com.computefolio.io.csv.DealsCsvColumns.CAPACITY_GW;
import static com.computefolio.io.csv.DealsCsvColumns.CONFIDENCE;
import static com.computefolio.io.csv.DealsCsvColumns.CURRENCY;
import static com.computefolio.io.csv.DealsCsvColumns.DIRECTION;
import static com.computefolio.io.csv.DealsCsvColumns.KIND;
import static com.computefolio.io.csv.DealsCsvColumns.SOURCE_PUBLISHED;
import static com.computefolio.io.csv.DealsCsvColumns.STATUS;
import static com.computefolio.io.csv.DealsCsvColumns.TERM_MONTHS;
import static com.computefolio.io.csv.DealsCsvColumns.TERM_START;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.DateFields;
import com.computefolio.io.DecimalFields;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps one row of deals.csv to a deal with a single revision, known from the announced date. Reports
 * what cannot be held in the domain types (unknown codes, unreal dates, fractions of a cent); the
 * domain validator checks the rest on the mapped deal.
 */
final class DealRowMapper {

    private static final int SOURCE_ID_HEX_DIGITS = 10;

    /** The deal, or null when the row has problems (added to {@code problems}, located). */
    Deal map(CsvRow row, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        DealKind kind = constant(row, KIND, DealKind.class, found);
        MoneyDirection direction = constant(row, DIRECTION, MoneyDirection.class, found);
        DealStatus status = constant(row, STATUS, DealStatus.class, found);
        ValueBasis basis = constant(row, BASIS, ValueBasis.class, found);
        Confidence confidence = constant(row, CONFIDENCE, Confidence.class, found);
        LocalDate announced = required(row, ANNOUNCED, DateFields.DATE_EXPECTATION, found)
                ? DateFields.date(row.nonBlank(ANNOUNCED), ANNOUNCED, found) : null;
        Money amount = amount(row, basis, found);
        Term term = term(row, found);
        Capacity capacity = DecimalFields.capacity(row.nonBlank(CAPACITY_GW), CAPACITY_GW, found);
        LocalDate published = DateFields.date(row.nonBlank(SOURCE_PUBLISHED), SOURCE_PUBLISHED, found);
        boolean unsourced = unsourced(row, found);
        found.stream().map(row::locate).forEach(problems::add);
        if (!found.isEmpty()) {
            return null;
        }
        List<Source> sources = source(row, published).map(List::of).orElse(List.of());
        // An unsourced value cites nothing (ADR 21); the row's source, if any, is then the revision's alone.
        Figure value = new Figure(basis, amount, null, null, confidence, unsourced ? List.of() : sources, null, unsourced);
        Revision revision = new Revision(announced, null, status, value, List.of(), term, capacity,
                row.get(DealsCsvColumns.HARDWARE), List.of(), sources, null);
        return new Deal(row.orEmpty(DealsCsvColumns.ID), row.orEmpty(DealsCsvColumns.TITLE),
                row.orEmpty(DealsCsvColumns.BUYER), row.orEmpty(DealsCsvColumns.COUNTERPARTY), kind, direction, announced,
                List.of(), tags(row), row.get(DealsCsvColumns.NOTES), 0, List.of(revision));
    }

    private static <E extends Enum<E>> E constant(CsvRow row, String column, Class<E> type, List<Problem> found) {
        ProblemText allowed = say(EXPECT_ONE_OF, Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        if (!required(row, column, allowed, found)) {
            return null;
        }
        String text = row.nonBlank(column);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            found.add(Problem.at(column, say(text.strip().equals(text) ? UNKNOWN_VALUE_FOR : UNKNOWN_VALUE_FOR_SPACES, text, column),
                    allowed));
            return null;
        }
    }

    private static boolean unsourced(CsvRow row, List<Problem> found) {
        String text = row.nonBlank(DealsCsvColumns.VALUE_UNSOURCED);
        if (text == null) {
            return false;
        }
        if (!text.equals(DealsCsvColumns.TRUE)) {
            found.add(Problem.at(DealsCsvColumns.VALUE_UNSOURCED, say(NOT_AN_UNSOURCED_VALUE, text), say(EXPECT_UNSOURCED_CELL)));
            return false;
        }
        return true;
    }

    private static boolean required(CsvRow row, String column, ProblemText expected, List<Problem> found) {
        if (row.nonBlank(column) == null) {
            found.add(Problem.at(column, say(REQUIRED_CELL_EMPTY, column), expected));
            return false;
        }
        return true;
    }

    private static Money amount(CsvRow row, ValueBasis basis, List<Problem> found) {
        String text = row.nonBlank(AMOUNT);
        if (basis == null) {
            return null;
        }
        if (basis == ValueBasis.UNDISCLOSED) {
            if (text != null) {
                found.add(Problem.at(AMOUNT, say(UNDISCLOSED_DEAL_AMOUNT), say(EXPECT_EMPTY_AMOUNT_OR_BASIS)));
            }
            return null;
        }
        if (text == null) {
            found.add(Problem.at(AMOUNT, say(DEAL_NO_AMOUNT, basis), say(EXPECT_OR_UNDISCLOSED, DecimalFields.AMOUNT_EXPECTATION)));
            return null;
        }
        String currency = DecimalFields.currency(row.nonBlank(CURRENCY), CURRENCY, found);
        return DecimalFields.money(text, currency, AMOUNT, found);
    }

    private static Term term(CsvRow row, List<Problem> found) {
        String startText = row.nonBlank(TERM_START);
        String monthsText = row.nonBlank(TERM_MONTHS);
        if (startText == null && monthsText == null) {
            return null;
        }
        if (startText == null || monthsText == null) {
            String missing = startText == null ? TERM_START : TERM_MONTHS;
            found.add(Problem.at(missing, say(TERM_CELLS_HALF_EMPTY, missing), say(EXPECT_BOTH_TERM_CELLS)));
            return null;
        }
        YearMonth start = DateFields.month(startText, TERM_START, found);
        if (!monthsText.matches("\\d{1,6}") || Integer.parseInt(monthsText) < 1) {
            found.add(Problem.at(TERM_MONTHS, say(NOT_A_NUMBER_OF_MONTHS, monthsText), say(EXPECT_WHOLE_MONTHS)));

            return null;
        }
        return start == null ? null : Term.of(start, Integer.parseInt(monthsText));
    }

    private static Optional<Source> source(CsvRow row, LocalDate published) {
        String publisher = row.get(DealsCsvColumns.SOURCE_PUBLISHER);
        String title = row.get(DealsCsvColumns.SOURCE_TITLE);
        String url = row.get(DealsCsvColumns.SOURCE_URL);
        String quote = row.get(DealsCsvColumns.SOURCE_QUOTE);
        if (publisher == null && title == null && url == null && published == null && quote == null) {
            return Optional.empty();
        }
        String id = sourceId(publisher, title, url, published, quote);
        return Optional.of(new Source(id, publisher == null ? "" : publisher, title, url == null ? "" : url,
                published, quote));
    }

    /**
     * CSV rows carry no source ids; the id is derived from the source's fields, so the same source on
     * several rows, or in several imports, gets the same id and different sources never share one.
     */
    static String sourceId(String publisher, String title, String url, LocalDate published, String quote) {
        String key = String.join("\u001F", String.valueOf(publisher), String.valueOf(title), String.valueOf(url),
                String.valueOf(published), String.valueOf(quote));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "csv-" + HexFormat.of().formatHex(digest).substring(0, SOURCE_ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static List<String> tags(CsvRow row) {
        String text = row.get(DealsCsvColumns.TAGS);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(DealsCsvColumns.TAG_SEPARATOR)).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
