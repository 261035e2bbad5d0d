package com.computefolio.ui.editor;

import com.computefolio.domain.DealRole;
import com.computefolio.domain.Money;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.Source;
import com.computefolio.ui.common.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A party in a role as typed: a guarantor with the amount guaranteed, an end user, a co-investor or
 * joint-venture owner with an exact percentage share. Which role may carry an amount or a share, and
 * that shares add up to at most 100%, is the validator's to say.
 */
final class RoleDraft extends EntryDraft<DealRole> {
    final ObjectProperty<PartyRole> role = new SimpleObjectProperty<>(PartyRole.GUARANTOR);
    final ObjectProperty<String> party = new SimpleObjectProperty<>();
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty currency = new SimpleStringProperty("USD");
    final StringProperty share = new SimpleStringProperty("");
    final StringProperty label = new SimpleStringProperty("");
    final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final Supplier<String> defaultCurrency;

    /** @param defaultCurrency the currency a new guarantee starts in (the deal's) */
    RoleDraft(Messages messages, Supplier<String> defaultCurrency) {
        super(messages);
        this.defaultCurrency = defaultCurrency;
    }

    @Override
    void load(DealRole entry) {
        role.set(entry == null ? PartyRole.GUARANTOR : entry.role());
        party.set(entry == null ? null : entry.partyId());
        amount.set(entry == null || entry.amount() == null ? "" : AmountText.format(entry.amount().toMajor()));
        currency.set(entry == null || entry.amount() == null ? defaultCurrency.get() : entry.amount().currency());
        share.set(entry == null || entry.share() == null ? "" : entry.share().toPlainString());
        label.set(entry == null ? "" : text(entry.label()));
        sources.setAll(entry == null ? List.of() : entry.sources());
    }

    @Override
    DealRole readEntry() {
        if (party.get() == null || party.get().isBlank()) {
            error("party", "editor.error.required");
        }
        Money guaranteed = money("amount", amount.get(), currency.get());
        BigDecimal percent = decimal("share", share.get());
        if (!errors.isEmpty()) {
            return null;
        }
        return new DealRole(role.get() == null ? PartyRole.GUARANTOR : role.get(), party.get(), guaranteed, percent,
                List.copyOf(sources), blankToNull(label.get()));
    }
}
