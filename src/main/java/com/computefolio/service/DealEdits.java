package com.computefolio.service;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;

import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code FIELD=VALUE} edits of a deal, as the {@code set} command takes them: each value is parsed
 * strictly and a bad one is a {@link Problem} naming the field, never a guess. The edited deal is
 * then saved through {@link PortfolioService#save}, so it meets the same checks as the window's
 * inspector and an import. With a {@code knownFrom} date the edits make a new dated revision (a
 * copy of the one in force, ADR 8); without, they change the current revision in place.
 */
public final class DealEdits {
    /** The fields {@code set} knows, in the order --help lists them. */
    public static final List<String> FIELDS = List.of("title", "status", "value", "currency", "basis", "confidence",
            "term-start", "term-months", "capacity-gw", "hardware", "change", "tags", "notes");

    private final Map<String, String> edits;

    private DealEdits(Map<String, String> edits) {
        this.edits = edits;
    }

    /** The edits in {@code FIELD=VALUE} form; an unknown field or a missing '=' is a problem. */
    public static DealEdits parse(List<String> assignments) throws ValidationException {
        Map<String, String> edits = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            String field = eq < 0 ? assignment : assignment.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (eq < 0) {
                problems.add(Problem.at(assignment, say(EDIT_FORM), say(EXPECT_EDIT_EXAMPLE)));
            } else if (!FIELDS.contains(field)) {
                problems.add(Problem.at(field, say(NO_SUCH_EDIT_FIELD, field), say(EXPECT_ONE_OF, String.join(", ", FIELDS))));
            } else {
                edits.put(field, assignment.substring(eq + 1));
            }
        }
        if (edits.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.at(null, say(NO_EDITS), say(EXPECT_EDITS)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new DealEdits(edits);
    }

    /**
     * The deal with the edits made: on a new revision known from {@code knownFrom} (copied from the
     * one in force on that date), or on the current revision when {@code knownFrom} is null.
     */
    public Deal applyTo(Deal deal, LocalDate knownFrom) throws ValidationException {
        List<Problem> problems = new ArrayList<>();
        Revision base = knownFrom == null ? deal.current() : deal.asOf(knownFrom).orElse(deal.revisions().get(0));
        if (knownFrom != null && deal.revisions().stream().anyMatch(r -> r.knownFrom().equals(knownFrom))) {
            problems.add(Problem.at("known-from", say(REVISION_EXISTS, knownFrom), say(EXPECT_NEW_DATE)));
        }
        // A new dated revision carries every field of the one it follows (format version 2's included); only
        // what the edits name changes.
        Revision r = knownFrom == null ? base : base.withKnownFrom(knownFrom, null);
        String title = deal.title();
        List<String> tags = deal.tags();
        String notes = deal.notes();
        for (Map.Entry<String, String> e : edits.entrySet()) {
            String field = e.getKey();
            String value = e.getValue().strip();
            try {
                switch (field) {
                    case "title" -> title = value;
                    case "status" -> r = r.withStatus(DealStatus.valueOf(value.toUpperCase(Locale.ROOT)));
                    case "value" -> r = r.withValue(amount(r.value(), value));
                    case "currency" -> r = r.withValue(currency(r.value(), value));
                    case "basis" -> r = r.withValue(basis(r.value(), ValueBasis.valueOf(value.toUpperCase(Locale.ROOT))));
                    case "confidence" -> r = r.withValue(r.value().withConfidence(Confidence.valueOf(value.toUpperCase(Locale.ROOT))));
                    case "term-start" -> r = r.withTerm(value.isEmpty() ? null
                            : r.term() == null ? new Term(YearMonth.parse(value), 1, false)
                            : new Term(YearMonth.parse(value), r.term().months(), false, r.term().openEnded(), r.term().noticeMonths()));
                    case "term-months" -> r = r.withTerm(months(r.term(), Integer.parseInt(value)));
                    case "capacity-gw" -> r = r.withCapacity(value.isEmpty() ? null : Capacity.ofGigawatts(new BigDecimal(value)),
                            value.isEmpty() ? null : r.capacityClaim());
                    case "hardware" -> r = r.withHardware(blankToNull(value));
                    case "change" -> r = r.withChange(blankToNull(value));
                    case "tags" -> tags = value.isEmpty() ? List.of()
                            : Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
                    case "notes" -> notes = blankToNull(e.getValue());
                    default -> throw new IllegalStateException("a field parse() accepted: " + field);
                }
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException bad) {
                problems.add(Problem.at(field, say(NOT_A_VALID_FIELD_VALUE, value, field), expected(field)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Deal edited = new Deal(deal.id(), title, deal.buyerId(), deal.counterpartyId(), deal.kind(), deal.direction(),
                deal.announced(), deal.links(), tags, notes, deal.version(), deal.revisions(), deal.roles(), deal.translations());
        if (knownFrom == null) {
            return edited.withCurrent(r);
        }
        List<Revision> revisions = new ArrayList<>(deal.revisions());
        revisions.add(r);
        return edited.withRevisions(revisions);
    }

    private static Figure amount(Figure f, String major) {
        String currency = f.amount() == null ? "USD" : f.amount().currency();
        ValueBasis basis = f.isDisclosed() ? f.basis() : ValueBasis.TOTAL_OVER_TERM;
        return new Figure(basis, Money.of(currency, new BigDecimal(major)), f.low(), f.high(), f.confidence(), f.sources(), f.label(),
                f.unsourced());
    }

    private static Figure currency(Figure f, String code) {
        if (!f.isDisclosed()) {
            throw new IllegalArgumentException("an undisclosed value has no currency");
        }
        Money m = f.amount();
        return f.withAmount(Money.of(code, BigDecimal.valueOf(m.minorUnits(), 2)));
    }

    /** An undisclosed basis drops the amount; a disclosed one needs the amount already there. */
    private static Figure basis(Figure f, ValueBasis basis) {
        Money amount = basis == ValueBasis.UNDISCLOSED ? null : f.amount();
        return new Figure(basis, amount, basis == ValueBasis.UNDISCLOSED ? null : f.low(),
                basis == ValueBasis.UNDISCLOSED ? null : f.high(), f.confidence(), f.sources(), f.label(), f.unsourced());
    }

    private static Term months(Term term, int months) {
        if (term == null) {
            throw new IllegalArgumentException("term-months needs a term start");
        }
        return new Term(term.start(), months, term.assumed(), term.openEnded(), term.noticeMonths());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ProblemText expected(String field) {
        return switch (field) {
            case "status" -> say(EXPECT_ONE_OF, Arrays.toString(DealStatus.values()));
            case "basis" -> say(EXPECT_ONE_OF, Arrays.toString(ValueBasis.values()));
            case "confidence" -> say(EXPECT_ONE_OF, Arrays.toString(Confidence.values()));
            case "value" -> say(EXPECT_EDIT_AMOUNT);
            case "currency" -> say(EXPECT_EDIT_CURRENCY);
            case "term-start" -> say(EXPECT_EDIT_TERM_START);
            case "term-months" -> say(EXPECT_EDIT_TERM_MONTHS);
            case "capacity-gw" -> say(EXPECT_EDIT_CAPACITY);
            default -> say(EXPECT_TEXT);
        };

    }
}
