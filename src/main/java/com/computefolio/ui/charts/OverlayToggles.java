package com.computefolio.ui.charts;

import com.computefolio.domain.ContextSeries;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;

/**
 * The Charts view's "Context" menu: one check item per context series of the register (revenue,
 * losses, stated totals, capex), bound to the view model's set of overlays. Disabled for charts
 * that draw no overlays; hidden when the register has no context series to draw.
 */
final class OverlayToggles {

    private OverlayToggles() {
    }

    static MenuButton menu(ResourceBundle bundle, ChartsViewModel model) {
        MenuButton menu = new MenuButton(bundle.getString("charts.overlays.label"));
        menu.setId("chartOverlays");
        menu.disableProperty().bind(model.overlaysApplyProperty().not());
        Runnable rebuild = () -> {
            menu.getItems().clear();
            for (ContextSeries series : model.overlayChoices()) {
                CheckMenuItem item = new CheckMenuItem(series.name());
                item.setId("overlay-" + series.id());
                item.setSelected(model.overlays().contains(series.id()));
                item.selectedProperty().addListener((obs, was, on) -> {
                    if (on) {
                        model.overlays().add(series.id());
                    } else {
                        model.overlays().remove(series.id());
                    }
                });
                menu.getItems().add(item);
            }
            menu.setVisible(!menu.getItems().isEmpty());
            menu.setManaged(menu.isVisible());
        };
        model.overlayChoices().addListener((ListChangeListener<ContextSeries>) change -> rebuild.run());
        rebuild.run();
        return menu;
    }
}
