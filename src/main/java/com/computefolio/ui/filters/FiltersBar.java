package com.computefolio.ui.filters;

import com.computefolio.ui.common.AmountLabels;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Party;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.ui.common.DatePickers;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TypedDirection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The filter controls above the views; binds a {@link FiltersViewModel} and nothing else. A flow of
 * controls that wraps onto a second line when the window is narrow, so no control is ever cut off
 * and a new control needs no layout of its own (at 1024 px the row is two lines, at 1360 px one).
 */
public final class FiltersBar extends FlowPane {
    private final FiltersViewModel model;
    private final Messages messages;
    private final TextField search = new TextField();

    public FiltersBar(FiltersViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("filters-bar");
        setHgap(6);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        // Wrap at the bar's own width (a flow pane otherwise asks for a line as wide as all its controls).
        setPrefWrapLength(0);
        setMinWidth(0);
        setPadding(new Insets(6, 8, 6, 8));

        search.setId("searchField");
        search.setPromptText(messages.get("filters.search.prompt"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.textProperty());
        // A search for "AWS" in the Arabic window reads left to right, one for «أمازون» in the English one right to left.
        TypedDirection.follow(search);
        search.setMinWidth(140);

        MenuButton partyMenu = new MenuButton();
        partyMenu.setId("partyFilter");
        bindPartyMenu(partyMenu);
        MenuButton kindMenu = enumMenu("kindFilter", "filters.kind", DealKind.values(), model.kinds());
        MenuButton statusMenu = enumMenu("statusFilter", "filters.status", DealStatus.values(), model.statuses());
        MenuButton confidenceMenu = enumMenu("confidenceFilter", "filters.confidence", Confidence.values(), model.confidences());

        DatePicker from = datePicker("fromDate", "filters.from.prompt", model.fromProperty().get());
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("toDate", "filters.to.prompt", model.toProperty().get());
        to.valueProperty().bindBidirectional(model.toProperty());
        DatePicker asOf = datePicker("asOfDate", "filters.asOf.prompt", model.asOfProperty().get());
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOf.setTooltip(new Tooltip(messages.get("filters.asOf.tooltip")));
        Label asOfLabel = new Label(messages.get("filters.asOf"));
        asOfLabel.setLabelFor(asOf);
        asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label dash = new Label("\u2013");
        dash.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<Scenario> scenario = scenarioPicker(model);

        CheckBox gross = AmountLabels.install(new CheckBox(messages.get("filters.gross")));
        gross.setId("grossSum");
        gross.setMinWidth(Region.USE_PREF_SIZE);
        gross.setTooltip(new Tooltip(messages.get("filters.gross.tooltip")));
        gross.selectedProperty().bindBidirectional(model.grossProperty());

        Button clear = new Button(messages.get("filters.clear"));
        clear.setId("clearFilters");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> model.clear());

        // A date range and a labelled date wrap as one unit: a dash alone at the start of a line reads as nothing.
        getChildren().addAll(search, partyMenu, new RolesMenu(model, messages), kindMenu, statusMenu, confidenceMenu, group(from, dash, to), group(asOfLabel, asOf),
                scenario, gross, clear);
    }

    /** Moves the keyboard focus to the search box (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TextField searchField() {
        return search;
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private void bindPartyMenu(MenuButton menu) {
        Runnable rebuild = () -> {
            menu.getItems().clear();
            for (Party party : model.availableParties().stream().sorted(messages.partyOrder()).toList()) {
                menu.getItems().add(FilterCheckItems.checkItem(messages.partyName(party), party.id(), model.parties()));
            }
            updateMenuText(menu, "filters.party", model.parties().size());
        };
        model.availableParties().addListener((javafx.collections.ListChangeListener<Party>) c -> rebuild.run());
        model.parties().addListener((SetChangeListener<String>) c -> {
            menu.getItems().forEach(item -> FilterCheckItems.box(item).setSelected(model.parties().contains((String) item.getUserData())));
            updateMenuText(menu, "filters.party", model.parties().size());
        });
        rebuild.run();
    }

    private <E extends Enum<E>> MenuButton enumMenu(String id, String labelKey, E[] values, ObservableSet<E> selected) {
        MenuButton menu = new MenuButton();
        menu.setId(id);
        for (E value : values) {
            menu.getItems().add(FilterCheckItems.checkItem(messages.label(value), value, selected));
        }
        selected.addListener((SetChangeListener<E>) c -> {
            menu.getItems().forEach(item -> FilterCheckItems.box(item).setSelected(selected.contains(item.getUserData())));
            updateMenuText(menu, labelKey, selected.size());
        });
        updateMenuText(menu, labelKey, selected.size());
        return menu;
    }

    private void updateMenuText(MenuButton menu, String labelKey, int count) {
        menu.setText(count == 0 ? messages.get(labelKey) : messages.format("filters.selectedCount", messages.get(labelKey), count));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        if (count == 0) {
            menu.getStyleClass().remove("filter-active");
        } else if (!menu.getStyleClass().contains("filter-active")) {
            menu.getStyleClass().add("filter-active");
        }
    }

    private DatePicker datePicker(String id, String promptKey, LocalDate initial) {
        DatePicker picker = DatePickers.iso(new DatePicker(initial));
        picker.setId(id);
        picker.setPromptText(messages.get(promptKey));
        picker.setPrefWidth(138);
        picker.setMinWidth(110);
        picker.setConverter(lenientIsoDates());
        return picker;
    }

    /** ISO dates; text that is not a date clears the field instead of throwing on the FX thread. */
    static StringConverter<LocalDate> lenientIsoDates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    /** The scenario picker: a built-in scenario by its word in the bundle, one of the user's own by its name. */
    private ComboBox<Scenario> scenarioPicker(FiltersViewModel model) {
        ComboBox<Scenario> picker = new ComboBox<>(model.availableScenarios());
        picker.setId("scenario");
        picker.valueProperty().bindBidirectional(model.scenarioProperty());
        picker.setTooltip(new Tooltip(messages.get("filters.scenario.tooltip")));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scenario s) {
                return s == null ? "" : messages.format("filters.scenario.item", messages.scenarioName(s));
            }

            @Override
            public Scenario fromString(String text) {
                return model.scenarioProperty().get();
            }
        });
        return picker;
    }
}
