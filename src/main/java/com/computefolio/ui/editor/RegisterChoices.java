package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.MixedListCell;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;

/**
 * Pickers of what the register holds: a party (by name, for a role or an exit right) or another deal
 * (by title, for a link). Refilled each time a deal is shown, so that parties and deals saved since
 * are offered; a value no longer in the register stays shown by its id.
 */
final class RegisterChoices {
    private RegisterChoices() {
    }

    static ComboBox<String> parties(String id, Supplier<List<Party>> parties, ObservableValue<?> refill, Messages messages) {
        return choice(id, () -> parties.get().stream().sorted(messages.partyOrder())
                .collect(Collectors.toMap(Party::id, messages::partyName, (a, b) -> a, java.util.LinkedHashMap::new)), refill);
    }

    /** The register's deals but the one shown, which cannot link to itself. */
    static ComboBox<String> deals(String id, Supplier<List<Deal>> deals, Supplier<String> shownId, ObservableValue<?> refill,
                                  Messages messages) {
        return choice(id, () -> deals.get().stream().filter(d -> !d.id().equals(shownId.get()))
                .sorted(messages.dealOrder())
                .collect(Collectors.toMap(Deal::id, d -> messages.dealTitle(d) + " (" + d.id() + ")", (a, b) -> a,
                        java.util.LinkedHashMap::new)), refill);
    }

    private static ComboBox<String> choice(String id, Supplier<Map<String, String>> names, ObservableValue<?> refill) {
        ComboBox<String> box = MixedListCell.install(new ComboBox<>());
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> {
            Map<String, String> byId = names.get();
            Function<String, String> name = key -> byId.getOrDefault(key, key);
            box.setConverter(Controls.converter(name));
            String current = box.getValue();
            box.getItems().setAll(byId.keySet());
            box.setValue(current);
        };
        refill.addListener((obs, old, now) -> fill.run());
        fill.run();
        return box;
    }
}
