package com.computefolio.ui.deals;

import com.computefolio.ui.common.Messages;
import com.computefolio.ui.format.DisplayFormats;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** The line under the table: how many deals pass the filter and what they add up to. */
final class DealsStatusBar extends HBox {
    private final Label count = new Label();
    private final Label commitments = new Label();
    private final Label inflows = new Label();
    private final Label capacity = new Label();
    private final Messages messages;
    private final DisplayFormats formats;

    DealsStatusBar(DealsViewModel model, Messages messages, DisplayFormats formats) {
        this.messages = messages;
        this.formats = formats;
        getStyleClass().add("deals-status-bar");
        setSpacing(18);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        count.setId("dealCount");
        commitments.setId("commitmentsTotal");
        inflows.setId("inflowsTotal");
        capacity.setId("capacityTotal");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        getChildren().addAll(count, commitments, inflows, capacity, busy);
        model.totalsProperty().addListener((obs, old, totals) -> show(totals));
        show(model.totals());
    }

    private void show(DealTotals totals) {
        count.setText(messages.format("deals.status.count", totals.deals()));
        commitments.setText(messages.format("deals.status.commitments", money(totals.commitments())));
        inflows.setText(messages.format("deals.status.inflows", money(totals.inflows())));
        capacity.setText(messages.format("deals.status.capacity", formats.gigawatts(totals.kilowatts())));
    }

    private String money(Map<String, Long> byCurrency) {
        if (byCurrency.isEmpty()) {
            return formats.money(0, "USD");
        }
        return byCurrency.entrySet().stream()
                .map(e -> formats.money(e.getValue(), e.getKey()))
                .collect(Collectors.joining(" + "));
    }
}
