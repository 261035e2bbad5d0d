package com.computefolio.ui.editor;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.ui.common.Messages;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A figure as typed (another figure of a revision, or an option's value): basis, amount, currency,
 * confidence, label, its sources picked from the revision's, or the mark that its source is not yet
 * found. An estimate range it had is kept while the currency stays.
 */
final class FigureDraft extends EntryDraft<Figure> {
    final ObjectProperty<ValueBasis> basis = new SimpleObjectProperty<>(ValueBasis.TOTAL_OVER_TERM);
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty currency = new SimpleStringProperty("USD");
    final ObjectProperty<Confidence> confidence = new SimpleObjectProperty<>(Confidence.REPORTED);
    final StringProperty label = new SimpleStringProperty("");
    final ObservableList<Source> sources = FXCollections.observableArrayList();
    final BooleanProperty unsourced = new SimpleBooleanProperty();
    private final Supplier<String> defaultCurrency;
    private Figure loaded;

    /** @param defaultCurrency the currency a new figure starts in (the revision's) */
    FigureDraft(Messages messages, Supplier<String> defaultCurrency) {
        super(messages);
        this.defaultCurrency = defaultCurrency;
    }

    @Override
    void load(Figure figure) {
        loaded = figure;
        basis.set(figure == null ? ValueBasis.TOTAL_OVER_TERM : figure.basis());
        amount.set(figure == null || figure.amount() == null ? "" : AmountText.format(figure.amount().toMajor()));
        currency.set(figure == null || figure.amount() == null ? defaultCurrency.get() : figure.amount().currency());
        confidence.set(figure == null ? Confidence.REPORTED : figure.confidence());
        label.set(figure == null ? "" : text(figure.label()));
        sources.setAll(figure == null ? List.of() : figure.sources());
        unsourced.set(figure != null && figure.unsourced());
    }

    @Override
    Figure readEntry() {
        ValueBasis chosen = basis.get() == null ? ValueBasis.TOTAL_OVER_TERM : basis.get();
        Money money = money("amount", amount.get(), currency.get());
        if (chosen == ValueBasis.UNDISCLOSED && money != null) {
            error("amount", "editor.error.amountWhenUndisclosed");
        } else if (chosen != ValueBasis.UNDISCLOSED && money == null && errors.isEmpty()) {
            error("amount", "editor.error.amountRequired");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        boolean sameRange = loaded != null && loaded.low() != null && money != null
                && loaded.low().currency().equals(money.currency());
        Confidence stated = confidence.get() == null ? Confidence.REPORTED : confidence.get();
        // Sources and the mark are passed on as chosen: the validator says when a figure has neither, or both.
        return new Figure(chosen, money, sameRange ? loaded.low() : null, sameRange ? loaded.high() : null, stated,
                List.copyOf(sources), blankToNull(label.get()), unsourced.get());
    }
}
