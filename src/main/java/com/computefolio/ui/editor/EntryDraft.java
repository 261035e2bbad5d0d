package com.computefolio.ui.editor;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Money;
import com.computefolio.ui.common.Messages;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The entry of a list being added or edited (a schedule leg, an option, a role...): text as typed,
 * read into an entry or into the reasons it cannot be one yet (not a month, not a number). Like
 * {@link DealFormParser}, it holds no rules about valid deals: once the entry is in the list, the
 * domain's validator judges the whole deal and its problems are shown at the list.
 *
 * @param <T> the domain value of one entry
 */
abstract class EntryDraft<T> {
    /** Why the draft cannot be read, by the name of its field ("start", "amount"). */
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    final Messages messages;

    EntryDraft(Messages messages) {
        this.messages = messages;
    }

    /** Fills the draft from an entry, or blanks it for a new entry when {@code entry} is null. */
    abstract void load(T entry);

    /** Reads the draft; null with {@link #errors} saying why when a field cannot be read. */
    final T read() {
        errors.clear();
        T entry = readEntry();
        return errors.isEmpty() ? entry : null;
    }

    /** Reads the fields, reporting each that cannot be read through {@link #error}; the result is ignored then. */
    abstract T readEntry();

    void error(String field, String key) {
        errors.putIfAbsent(field, messages.get(key));
    }

    /** A month, or null for blank text (or an error when {@code required}). */
    YearMonth month(String field, String text, boolean required) {
        return parsed(field, text, required, YearMonth::parse, "editor.error.month");
    }

    /** A whole number, or null for blank text (or an error when {@code required}). */
    Integer whole(String field, String text, boolean required) {
        return parsed(field, text, required, Integer::valueOf, "editor.error.wholeNumber");
    }

    /** An amount as typed ("38B"), exact in the currency's minor units, or null for blank text. */
    Money money(String field, String text, String currencyText) {
        String trimmed = trim(text);
        if (trimmed.isEmpty()) {
            return null;
        }
        String currency = trim(currencyText).toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            error("currency", "editor.error.currency");
            return null;
        }
        try {
            return Money.of(currency, AmountText.parse(trimmed));
        } catch (NumberFormatException e) {
            error(field, "editor.error.notAnAmount");
        } catch (ArithmeticException | IllegalArgumentException e) {
            error(field, "editor.error.amountPrecision");
        }
        return null;
    }

    /** Gigawatts, exact in kilowatts, or null for blank text. */
    Capacity gigawatts(String field, String text) {
        BigDecimal gw = decimal(field, text);
        if (gw == null) {
            return null;
        }
        try {
            return Capacity.ofGigawatts(gw);
        } catch (ArithmeticException e) {
            error(field, "editor.error.capacityPrecision");
            return null;
        }
    }

    /** An exact decimal ("12.5"), or null for blank text. */
    BigDecimal decimal(String field, String text) {
        return parsed(field, text, false, BigDecimal::new, "editor.error.notANumber");
    }

    /**
     * The one shape of every typed field: blank is null (or "required" when it must be given), text the parser
     * refuses is reported at the field under {@code errorKey} and read as null.
     */
    private <V> V parsed(String field, String text, boolean required, java.util.function.Function<String, V> parser,
                         String errorKey) {
        String trimmed = trim(text);
        if (trimmed.isEmpty()) {
            if (required) {
                error(field, "editor.error.required");
            }
            return null;
        }
        try {
            return parser.apply(trimmed);
        } catch (DateTimeParseException | NumberFormatException e) {
            error(field, errorKey);
            return null;
        }
    }

    static String trim(String text) {
        return text == null ? "" : text.trim();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
