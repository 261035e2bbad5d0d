package com.computefolio.ui.charts;

import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The note under a chart after a click selected deals ("3 deals of CoreWeave in 2026-Q1 selected —
 * shown in Deals [Go] [×]"): the click's outcome said where the user looks, rather than a silent
 * selection on another tab. Go shows the Deals tab; × (or Escape on the chart) drops mark and note.
 */
final class SelectionNoteBar {
    /** The id of the main window's Deals tab (its title's bundle key). */
    static final String DEALS_TAB = "view.deals";

    private SelectionNoteBar() {
    }

    static HBox of(ChartState state, ResourceBundle bundle) {
        Label note = new Label();
        note.setId("chartSelectionNote");
        note.textProperty().bind(state.selectionNoteProperty());
        Button go = new Button(bundle.getString("charts.selected.go"));
        go.setId("chartSelectionGo");
        go.setTooltip(new Tooltip(bundle.getString("charts.selected.go.hint")));
        go.setOnAction(e -> showDealsTab(go));
        Button close = new Button(bundle.getString("charts.selected.close"));
        close.setId("chartSelectionClose");
        close.setTooltip(new Tooltip(bundle.getString("charts.selected.close.hint")));
        close.setOnAction(e -> state.clearSelection());
        close.getStyleClass().add("flat");
        HBox bar = new HBox(6, note, go, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.managedProperty().bind(state.selectionNoteProperty().isNotEmpty());
        bar.visibleProperty().bind(bar.managedProperty());
        return bar;
    }

    /**
     * Brings the Deals tab of the window holding this node to the front. The chart views are tabs
     * of one TabPane; walking up to it keeps the views free of the window class.
     */
    static boolean showDealsTab(Node from) {
        for (Parent p = from.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TabPane tabs) {
                for (Tab tab : tabs.getTabs()) {
                    if (DEALS_TAB.equals(tab.getId())) {
                        tabs.getSelectionModel().select(tab);
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
