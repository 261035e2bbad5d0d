package com.computefolio.ui.editor;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Money;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.ui.common.Messages;
import java.time.YearMonth;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A schedule leg as typed: money and/or capacity placed over some months, in the revision's currency. */
final class LegDraft extends EntryDraft<ScheduleLeg> {
    final StringProperty label = new SimpleStringProperty("");
    final StringProperty start = new SimpleStringProperty("");
    final StringProperty months = new SimpleStringProperty("1");
    final ObjectProperty<ScheduleShape> shape = new SimpleObjectProperty<>(ScheduleShape.LUMP);
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty capacity = new SimpleStringProperty("");
    /** Money paid ahead, at signing: it counts in the legs' sum like any leg. */
    final BooleanProperty prepayment = new SimpleBooleanProperty();
    private final Supplier<String> currency;

    /** @param currency the revision's currency, which every leg's amount is in */
    LegDraft(Messages messages, Supplier<String> currency) {
        super(messages);
        this.currency = currency;
    }

    @Override
    void load(ScheduleLeg leg) {
        label.set(leg == null ? "" : text(leg.label()));
        start.set(leg == null ? "" : leg.start().toString());
        months.set(leg == null ? "1" : Integer.toString(leg.months()));
        shape.set(leg == null ? ScheduleShape.LUMP : leg.shape());
        amount.set(leg == null || leg.amount() == null ? "" : AmountText.format(leg.amount().toMajor()));
        capacity.set(leg == null || leg.capacity() == null ? "" : leg.capacity().gigawatts().toPlainString());
        prepayment.set(leg != null && leg.prepayment());
    }

    @Override
    ScheduleLeg readEntry() {
        YearMonth first = month("start", start.get(), true);
        Integer length = whole("months", months.get(), true);
        if (length != null && length < 1) {
            error("months", "editor.error.termTooShort");
        }
        Money money = money("amount", amount.get(), currency.get());
        Capacity gw = gigawatts("capacity", capacity.get());
        if (!errors.isEmpty()) {
            return null;
        }
        return new ScheduleLeg(blankToNull(label.get()), first, length, shape.get() == null ? ScheduleShape.LUMP : shape.get(),
                money, gw, prepayment.get());
    }
}
