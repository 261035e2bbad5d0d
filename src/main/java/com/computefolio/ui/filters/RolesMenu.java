package com.computefolio.ui.filters;

import com.computefolio.domain.Party;
import com.computefolio.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import java.util.List;
import javafx.scene.layout.Region;

/**
 * One control for the role filters (issue 14): a party as buyer only, as counterparty only, or left
 * out altogether, each a submenu of the register's parties. It binds the view model's three sets
 * and nothing else, so the bar's layout only has to place it.
 */
final class RolesMenu extends MenuButton {
    private final FiltersViewModel model;
    private final Messages messages;
    private final Menu buyers;
    private final Menu counterparties;
    private final Menu excluded;

    RolesMenu(FiltersViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("roleFilter");
        setTooltip(new Tooltip(messages.get("filters.roles.tooltip")));
        buyers = new Menu(messages.get("filters.roles.buyer"));
        buyers.setId("roleBuyers");
        counterparties = new Menu(messages.get("filters.roles.counterparty"));
        counterparties.setId("roleCounterparties");
        excluded = new Menu(messages.get("filters.roles.excluded"));
        excluded.setId("roleExcluded");
        getItems().addAll(buyers, counterparties, excluded);
        model.availableParties().addListener((ListChangeListener<Party>) c -> rebuild());
        for (ObservableSet<String> set : List.of(model.buyers(), model.counterparties(), model.excluded())) {
            set.addListener((SetChangeListener<String>) c -> refresh());
        }
        rebuild();
    }

    private void rebuild() {
        fill(buyers, model.buyers());
        fill(counterparties, model.counterparties());
        fill(excluded, model.excluded());
        refresh();
    }

    private void fill(Menu menu, ObservableSet<String> selected) {
        menu.getItems().clear();
        // The same check items as the other filter menus: the menu stays open while ticking.
        for (Party party : model.availableParties()) {
            menu.getItems().add(FilterCheckItems.checkItem(messages.partyName(party), party.id(), selected));
        }
    }

    /** Ticks follow the sets (a cleared or loaded filter), and the button says how many roles are set. */
    private void refresh() {
        tick(buyers, model.buyers());
        tick(counterparties, model.counterparties());
        tick(excluded, model.excluded());
        int count = model.buyers().size() + model.counterparties().size() + model.excluded().size();
        setText(count == 0 ? messages.get("filters.roles")
                : messages.format("filters.selectedCount", messages.get("filters.roles"), count));
        setMinWidth(Region.USE_PREF_SIZE);
        if (count == 0) {
            getStyleClass().remove("filter-active");
        } else if (!getStyleClass().contains("filter-active")) {
            getStyleClass().add("filter-active");
        }
    }

    private static void tick(Menu menu, ObservableSet<String> selected) {
        for (MenuItem item : menu.getItems()) {
            FilterCheckItems.box(item).setSelected(selected.contains((String) item.getUserData()));
        }
    }
}
