package com.computefolio.ui.editor;

import com.computefolio.domain.DealOption;
import com.computefolio.domain.Figure;
import com.computefolio.domain.OptionKind;
import com.computefolio.ui.common.Messages;
import java.time.YearMonth;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A renewal, extension or expansion as typed: its kind, what it would add, and when it can be exercised. */
final class OptionDraft extends EntryDraft<DealOption> {
    final ObjectProperty<OptionKind> kind = new SimpleObjectProperty<>(OptionKind.EXTENSION);
    final StringProperty label = new SimpleStringProperty("");
    /** What exercising it would add. */
    final FigureDraft value;
    final StringProperty months = new SimpleStringProperty("");
    final StringProperty exerciseFrom = new SimpleStringProperty("");
    final StringProperty exerciseUntil = new SimpleStringProperty("");

    OptionDraft(Messages messages, Supplier<String> currency) {
        super(messages);
        value = new FigureDraft(messages, currency);
    }

    @Override
    void load(DealOption option) {
        kind.set(option == null ? OptionKind.EXTENSION : option.kind());
        label.set(option == null ? "" : text(option.label()));
        value.load(option == null ? null : option.value());
        months.set(option == null ? "" : text(option.months()));
        exerciseFrom.set(option == null ? "" : text(option.exerciseFrom()));
        exerciseUntil.set(option == null ? "" : text(option.exerciseUntil()));
    }

    @Override
    DealOption readEntry() {
        Figure figure = value.read();
        // The value's own fields show their errors from its draft; here they only stop the reading.
        value.errors.forEach(errors::putIfAbsent);
        Integer added = whole("months", months.get(), false);
        YearMonth from = month("exerciseFrom", exerciseFrom.get(), false);
        YearMonth until = month("exerciseUntil", exerciseUntil.get(), false);
        if (figure == null || !errors.isEmpty()) {
            return null;
        }
        return new DealOption(kind.get() == null ? OptionKind.EXTENSION : kind.get(), blankToNull(label.get()), figure, added,
                from, until);
    }
}
