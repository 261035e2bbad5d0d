package com.computefolio.ui.editor;

import com.computefolio.domain.ExitRight;
import com.computefolio.ui.common.Messages;
import java.time.YearMonth;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A party's right to leave on notice, as typed: who, how many days' notice, from which month. */
final class ExitRightDraft extends EntryDraft<ExitRight> {
    final ObjectProperty<String> party = new SimpleObjectProperty<>();
    final StringProperty noticeDays = new SimpleStringProperty("");
    final StringProperty from = new SimpleStringProperty("");
    final StringProperty label = new SimpleStringProperty("");

    ExitRightDraft(Messages messages) {
        super(messages);
    }

    @Override
    void load(ExitRight exit) {
        party.set(exit == null ? null : exit.partyId());
        noticeDays.set(exit == null ? "" : Integer.toString(exit.noticeDays()));
        from.set(exit == null ? "" : text(exit.from()));
        label.set(exit == null ? "" : text(exit.label()));
    }

    @Override
    ExitRight readEntry() {
        if (party.get() == null || party.get().isBlank()) {
            error("party", "editor.error.required");
        }
        Integer days = whole("noticeDays", noticeDays.get(), true);
        YearMonth first = month("from", from.get(), false);
        if (!errors.isEmpty()) {
            return null;
        }
        return new ExitRight(party.get(), days, first, blankToNull(label.get()));
    }
}
