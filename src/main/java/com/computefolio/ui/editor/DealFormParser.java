package com.computefolio.ui.editor;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import com.computefolio.ui.common.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns what the user typed into a {@link Deal}, or into the reasons it cannot be one yet (not a
 * number, not a date...). Rules about valid deals are not here: once a deal can be built, the
 * domain's validator judges it.
 */
final class DealFormParser {

    /**
     * @param deal       the deal, or null when some field could not be read
     * @param problems   why fields could not be read
     * @param byPosition the form of each revision of the deal, in the deal's (knownFrom) order
     */
    record Parsed(Deal deal, List<FieldProblem> problems, List<RevisionForm> byPosition) {
    }

    private final Messages messages;

    DealFormParser(Messages messages) {
        this.messages = messages;
    }

    Parsed parse(DealForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate announced = date(form.announced.get(), null, EditorField.ANNOUNCED, problems);
        require(form.buyer.get(), null, EditorField.BUYER, problems);
        require(form.counterparty.get(), null, EditorField.COUNTERPARTY, problems);
        List<Revision> revisions = new ArrayList<>();
        List<RevisionForm> forms = new ArrayList<>();
        for (RevisionForm revisionForm : form.revisions) {
            Revision revision = revision(revisionForm, problems);
            if (revision != null) {
                revisions.add(revision);
                forms.add(revisionForm);
            }
        }
        if (!problems.isEmpty() || revisions.isEmpty()) {
            return new Parsed(null, problems, List.of());
        }
        Deal deal = new Deal(form.id.get().trim(), form.title.get().trim(), form.buyer.get(), form.counterparty.get(),
                form.kind.get(), form.direction.get(), announced, List.copyOf(form.links), tags(form.tags.get()),
                EntryDraft.blankToNull(form.notes.get()), form.version, revisions, List.copyOf(form.roles), form.translations);
        return new Parsed(deal, List.of(), inDealOrder(revisions, forms));
    }

    /** The forms in the order the deal holds its revisions (a stable sort by knownFrom, as the deal does). */
    private static List<RevisionForm> inDealOrder(List<Revision> revisions, List<RevisionForm> forms) {
        Integer[] order = new Integer[revisions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> revisions.get(i).knownFrom()));
        return Arrays.stream(order).map(forms::get).toList();
    }

    private Revision revision(RevisionForm form, List<FieldProblem> problems) {
        int before = problems.size();
        LocalDate knownFrom = date(form.knownFrom.get(), form, EditorField.KNOWN_FROM, problems);
        Figure value = figure(form, problems);
        Term term = term(form, problems);
        Capacity capacity = capacity(form, problems);
        if (problems.size() > before) {
            return null;
        }
        List<Source> revisionSources = form.sources.stream().filter(SourceEntry::backsRevision).map(SourceEntry::source).toList();
        return new Revision(knownFrom, EntryDraft.blankToNull(form.change.get()), form.status.get(), value, List.copyOf(form.otherFigures),
                term, capacity, EntryDraft.blankToNull(form.hardware.get()), List.copyOf(form.legs), revisionSources,
                EntryDraft.blankToNull(form.notes.get()), capacity == null ? null : capacityClaim(form), List.copyOf(form.options),
                List.copyOf(form.exitRights));
    }

    /** The capacity's claim, or null when it says no more than a plain total on the revision's sources. */
    private static CapacityClaim capacityClaim(RevisionForm form) {
        CapacityClaim claim = new CapacityClaim(form.capacityBasis.get() == null ? CapacityBasis.TOTAL : form.capacityBasis.get(),
                form.capacityConfidence.get(), List.copyOf(form.capacitySources), EntryDraft.blankToNull(form.capacityLabel.get()),
                form.capacityUnsourced.get());
        return claim.isPlain() ? null : claim;
    }

    private Figure figure(RevisionForm form, List<FieldProblem> problems) {
        ValueBasis basis = form.basis.get();
        String amountText = form.amount.get() == null ? "" : form.amount.get().trim();
        List<Source> sources = form.sources.stream().filter(SourceEntry::backsValue).map(SourceEntry::source).toList();
        Figure kept = form.untouchedValue;
        if (basis == ValueBasis.UNDISCLOSED) {
            if (!amountText.isEmpty()) {
                problems.add(new FieldProblem(form, EditorField.AMOUNT, messages.get("editor.error.amountWhenUndisclosed")));
                return null;
            }
            return new Figure(basis, null, null, null, form.confidence.get(), sources, kept == null ? null : kept.label(),
                    unsourced(form, sources));
        }
        String currency = form.currency.get() == null ? "" : form.currency.get().trim().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new FieldProblem(form, EditorField.CURRENCY, messages.get("editor.error.currency")));
            return null;
        }
        if (amountText.isEmpty()) {
            problems.add(new FieldProblem(form, EditorField.AMOUNT, messages.get("editor.error.amountRequired")));
            return null;
        }
        BigDecimal major;
        try {
            major = AmountText.parse(amountText);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(form, EditorField.AMOUNT, messages.get("editor.error.notAnAmount")));
            return null;
        }
        Money amount;
        try {
            amount = Money.of(currency, major);
        } catch (ArithmeticException | IllegalArgumentException e) {
            problems.add(new FieldProblem(form, EditorField.AMOUNT, messages.get("editor.error.amountPrecision")));
            return null;
        }
        boolean sameRange = kept != null && kept.low() != null && kept.low().currency().equals(currency);
        return new Figure(basis, amount, sameRange ? kept.low() : null, sameRange ? kept.high() : null,
                form.confidence.get(), sources, kept == null ? null : kept.label(), unsourced(form, sources));
    }

    /** The unsourced mark counts until the figure gets a source (ADR 21): adding one ends the search it stood for. */
    private static boolean unsourced(RevisionForm form, List<Source> sources) {
        return form.valueUnsourced.get() && sources.isEmpty();
    }

    private Term term(RevisionForm form, List<FieldProblem> problems) {
        String start = form.termStart.get() == null ? "" : form.termStart.get().trim();
        String months = form.termMonths.get() == null ? "" : form.termMonths.get().trim();
        if (start.isEmpty() && months.isEmpty()) {
            return null;
        }
        YearMonth startMonth = null;
        try {
            startMonth = YearMonth.parse(start);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(form, EditorField.TERM_START, messages.get("editor.error.month")));
        }
        int length = 0;
        try {
            length = Integer.parseInt(months);
            if (length < 1) {
                problems.add(new FieldProblem(form, EditorField.TERM_MONTHS, messages.get("editor.error.termTooShort")));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(form, EditorField.TERM_MONTHS, messages.get("editor.error.wholeMonths")));
        }
        Integer notice = null;
        String noticeText = form.termNotice.get() == null ? "" : form.termNotice.get().trim();
        if (!noticeText.isEmpty()) {
            try {
                notice = Integer.valueOf(noticeText);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(form, EditorField.TERM_NOTICE, messages.get("editor.error.wholeMonths")));
            }
        }
        if (startMonth == null || length < 1 || (notice == null && !noticeText.isEmpty())) {
            return null;
        }
        // A notice on a fixed term is passed on as typed: the validator says why it does not belong there.
        return new Term(startMonth, length, form.termAssumed.get(), form.termOpenEnded.get(), notice);
    }

    private Capacity capacity(RevisionForm form, List<FieldProblem> problems) {
        String text = form.capacity.get() == null ? "" : form.capacity.get().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Capacity.ofGigawatts(new BigDecimal(text));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(form, EditorField.CAPACITY, messages.get("editor.error.notANumber")));
        } catch (ArithmeticException e) {
            problems.add(new FieldProblem(form, EditorField.CAPACITY, messages.get("editor.error.capacityPrecision")));
        }
        return null;
    }

    private LocalDate date(String text, RevisionForm revision, EditorField field, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(revision, field, messages.get("editor.error.date")));
            return null;
        }
    }

    private void require(String value, RevisionForm revision, EditorField field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(revision, field, messages.get("editor.error.required")));
        }
    }

    private static List<String> tags(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
