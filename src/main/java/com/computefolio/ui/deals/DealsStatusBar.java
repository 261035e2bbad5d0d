package com.computefolio.ui.deals;

import com.computefolio.service.DealSelection;
import com.computefolio.service.SummaryRow;
import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.format.DisplayFormats;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.scene.layout.HBox;

/**
 * The line under the table: how many deals pass the filter and what they add up to, read from the
 * view model's {@link DealSelection} (the totals the command line's {@code summary} prints), and
 * how many deals those totals leave out because their money is in another currency.
 */
final class DealsStatusBar extends HBox {
    private final Label count = new Label();
    private final Label commitments = new Label();
    private final Label inflows = new Label();
    private final Label capacity = new Label();
    private final Label otherCurrency = new Label();
    private final Tooltip commitmentsExact = exactTooltip();
    private final Tooltip inflowsExact = exactTooltip();
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
        otherCurrency.setId("otherCurrencyDeals");
        // Amounts inside Arabic words, which JavaFX would draw out of order ("924B$").
        for (Label label : List.of(count, commitments, inflows, capacity, otherCurrency)) {
            AmountLabels.install(label);
        }
        commitments.setTooltip(commitmentsExact);
        inflows.setTooltip(inflowsExact);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        getChildren().addAll(count, commitments, inflows, capacity, otherCurrency, busy);
        model.selectionProperty().addListener((obs, old, selection) -> show(selection));
        show(model.selectionProperty().get());
    }

    /** The exact sum on hover: the line itself rounds to three digits. */
    private static Tooltip exactTooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setShowDelay(Duration.millis(300));
        return tooltip;
    }

    /** The tooltips with the exact sums, for the tests. */
    Tooltip commitmentsTooltip() {
        return commitmentsExact;
    }

    private void show(DealSelection selection) {
        if (!selection.totalsFit()) {
            count.setText(messages.format("deals.status.count", selection.count()));
            commitments.setText(messages.get("deals.status.tooLarge"));
            inflows.setText("");
            commitmentsExact.setText(messages.get("deals.status.tooLarge"));
            inflowsExact.setText("");
            capacity.setText("");
            otherCurrency.setVisible(false);
            otherCurrency.setManaged(false);
            return;
        }
        SummaryRow totals = selection.totals();
        String currency = selection.currency();
        count.setText(messages.format("deals.status.count", totals.deals()));
        commitments.setText(messages.format("deals.status.commitments", formats.money(totals.commitmentsMinor(), currency)));
        inflows.setText(messages.format("deals.status.inflows", formats.money(totals.inflowsMinor(), currency)));
        commitmentsExact.setText(messages.format("deals.status.commitments.exact",
                formats.exactMoney(totals.commitmentsMinor(), currency)));
        inflowsExact.setText(messages.format("deals.status.inflows.exact", formats.exactMoney(totals.inflowsMinor(), currency)));
        capacity.setText(messages.format("deals.status.capacity", formats.gigawatts(totals.kilowatts())));
        int leftOut = selection.otherCurrencyDeals();
        otherCurrency.setText(leftOut == 0 ? "" : messages.format("deals.status.otherCurrency", leftOut, currency));
        otherCurrency.setVisible(leftOut > 0);
        otherCurrency.setManaged(leftOut > 0);
    }
}
